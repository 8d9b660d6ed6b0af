/**
 * A name someone else bears (ADR 0064). "Trump", "Galwan" and "Kazan" are one-word aliases of a
 * person, a place and a city the fact base knows, but "pitcher Cody Trump", "captain Tashi
 * Galwan", "the director Elia Kazan" and "Rubin Kazan" (a football club) are other bearers of the
 * same word: an English proper name written directly after another capitalised name word is one
 * longer name, and the bare word is only its last part. Such an occurrence is not the fact.
 *
 * News style then names that bearer by the bare word alone ("Trump struck out six"), so when a
 * text gives the word to another bearer and never names the fact itself by a longer alias that
 * holds the word ("Donald Trump", "President Trump", "Galwan Valley", "the Galwan clash"), every
 * bare occurrence in it is the other bearer's. A text that names the fact too keeps its other
 * bare occurrences (an article about the valley may mention Ghulam Rassul Galwan, after whom it
 * is named).
 *
 * What does not make another name (the word before is read as part of the known name or as
 * something else): a title or honorific ("President Trump", "Minister Wang"), any word of the
 * fact base's own aliases ("Narendra", "Ajit", "Modi Xi"), a middle name after one of them ("Ajit
 * Kumar Doval"), an initial ("S. Jaishankar", "Donald J. Trump"), a day or month ("Tuesday Wang",
 * "Oct Busan"), an acronym ("BJP"), a demonym or regional adjective ("Himalayan", "Chinese"), a
 * geographic word ("Upper", "Lake", "Eastern"), and any word that opens its sentence ("When Modi
 * …", "Since Trump …": a capitalised first word says nothing).
 */
import type { Fact } from '../facts/schema';
import type { TermMatch } from '../match/terms';
import { MONTH_NAMES } from './words';

/** Kinds whose one-word alias can be another bearer's name. */
const NAME_KINDS: ReadonlySet<string> = new Set(['person', 'place']);

/** Titles, honorifics and offices written before a name. */
const TITLES = new Set(
  (
    'president presidents mr mrs ms miss dr prof professor premier minister ministers chairman chairwoman chair ' +
    'chancellor secretary senator sen gen general col colonel lt major capt captain adviser advisor envoy ' +
    'ambassador leader counsellor councillor vice prime pm shri sri smt comrade king queen prince princess ' +
    'governor mayor spokesperson spokesman spokeswoman chief director commander marshal admiral justice judge ' +
    'state foreign defence defense external home finance commerce trade deputy acting former late'
  ).split(' '),
);
const WEEKDAYS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun'.split(
    ' ',
  ),
);
/** A month's name or abbreviation (the temporal extractors' vocabulary). */
const MONTH = new RegExp(`^(?:${MONTH_NAMES})$`, 'i');
const GEOGRAPHIC = new Set(
  (
    'upper lower north northern south southern east eastern west western central greater old new lake mount mt ' +
    'river valley pass plateau sector region province county district city port'
  ).split(' '),
);
/** "Himalayan", "Indian", "Tibetan", "Chinese", "Japanese", "British": adjectives, not given names. */
const ADJECTIVE = /(?:an|ans|ese|ish)$/;

/** A letter, or a character inside a name word ("O'Brien", "Jean-Luc", "Mr."). */
const NAME_CHAR = /[\p{L}'’.-]/u;

/** The word that ends one space before `at` (its start and text), or null when no single space stands there. */
function wordBefore(text: string, at: number): { readonly start: number; readonly word: string } | null {
  if (text[at - 1] !== ' ') return null;
  let i = at - 1;
  while (i > 0 && at - i <= 40 && NAME_CHAR.test(text[i - 1] as string)) i--;
  return i < at - 1 ? { start: i, word: text.slice(i, at - 1) } : null;
}

export interface OtherBearerInput {
  readonly text: string;
  readonly terms: readonly TermMatch[];
  readonly factById: (id: string) => Fact | undefined;
  /** Every word (lower case) of every alias in the fact base. */
  readonly aliasWords: ReadonlySet<string>;
}

/** The lower-case words of `aliases`. */
export function aliasWordsOf(aliases: Iterable<string>): ReadonlySet<string> {
  const words = new Set<string>();
  for (const a of aliases) for (const w of a.toLowerCase().split(/[^\p{L}]+/u)) if (w) words.add(w);
  return words;
}

/** What ends a sentence before its first word: a full stop, question or exclamation mark (maybe quoted), a line break, or the text's start. */
const SENTENCE_OPENS = /(?:^|[.!?]["”’)]?\s|\n)\s*$/;

/** Is the capitalised word before `at` another name word of which the alias is the end? */
function otherNameBefore(input: OtherBearerInput, at: number): boolean {
  const found = wordBefore(input.text, at);
  if (!found) return false;
  const { word, start: wordStart } = found;
  if (!/^\p{Lu}\p{Ll}/u.test(word) || word.includes('.')) return false; // lower case, acronym or initial
  const opening = input.text.slice(Math.max(0, wordStart - 4), wordStart).replace(/["“‘'(]+$/, '');
  if (SENTENCE_OPENS.test(opening)) return false;
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  if (
    TITLES.has(lower) ||
    WEEKDAYS.has(lower) ||
    MONTH.test(lower) ||
    GEOGRAPHIC.has(lower) ||
    ADJECTIVE.test(lower)
  )
    return false;
  if (input.aliasWords.has(lower)) return false;
  // A middle name after a name word the base knows: "Ajit Kumar Doval". Only a capitalised word is a
  // name word: the base's aliases hold function words too ("to", "the", "of"), and "went to Priya
  // Doval" has no middle name.
  const prev = wordBefore(input.text, wordStart);
  if (prev && /^\p{Lu}/u.test(prev.word) && input.aliasWords.has(prev.word.toLowerCase())) return false;
  return true;
}

/** The word that starts one space after `at`, or null when no single space stands there. */
function wordAfter(text: string, at: number): string | null {
  if (text[at] !== ' ') return null;
  let i = at + 1;
  while (i < text.length && i - at <= 40 && NAME_CHAR.test(text[i] as string)) i++;
  return i > at + 1 ? text.slice(at + 1, i).replace(/[.’']+$/, '') : null;
}

/**
 * Is the one-word alias at `t` the family name of another person, written first ("Grandmaster Xi
 * Rong", "co-founder Wang Lei")? Only for a person whose own name opens with the alias (the fact's
 * title "Xi Jinping", "Wang Yi": a family name written first), so "Trump Administration" or "Modi
 * Government" say nothing. A capitalised word right after it is then a given name unless it is a
 * word of the base's aliases ("Xi Jinping", "Modi Xi"), a title, a day, a month, a geographic word
 * or an adjective.
 */
function otherGivenNameAfter(input: OtherBearerInput, t: TermMatch): boolean {
  const fact = input.factById(t.factId);
  if (fact?.kind !== 'person') return false;
  const alias = input.text.slice(t.start, t.end);
  if (!fact.title.startsWith(`${alias} `)) return false;
  const word = wordAfter(input.text, t.end);
  if (!word || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false; // lower case, acronym, initial or hyphenated
  const lower = word.toLowerCase();
  return !(
    TITLES.has(lower) ||
    WEEKDAYS.has(lower) ||
    MONTH.test(lower) ||
    GEOGRAPHIC.has(lower) ||
    ADJECTIVE.test(lower) ||
    input.aliasWords.has(lower)
  );
}

/**
 * An acronym the text defines for something else: "the Lakeview Athletic Club (LAC)", "LAC (Lakeview
 * Athletic Club)". A writer who spells an acronym out says what it stands for in that text; when the
 * spelled-out name is none of the fact's aliases, the acronym is not the fact anywhere in the text.
 */
const DEFINED_AFTER = /((?:\p{Lu}[\p{L}'’&-]*\s+(?:(?:of|and|for|the|on|de)\s+)*){1,7})\((\p{Lu}{2,6})\)/gu;
const DEFINED_BEFORE =
  /\b(\p{Lu}{2,6})\s+\(((?:\p{Lu}[\p{L}'’&-]*(?:\s+(?:(?:of|and|for|the|on|de)\s+)*)?){1,7})\)/gu;

/** What every match of DEFINED_AFTER holds: "(LAC)". */
const ACRONYM_IN_PARENTHESES = /\(\p{Lu}{2,6}\)/u;
/** What every match of DEFINED_BEFORE holds: "AC (", the acronym's last two letters and the parenthesis. */
const ACRONYM_BEFORE_PARENTHESIS = /\p{Lu}{2}\s+\(/u;

/** The acronyms `text` defines as a name that is none of their facts' aliases. */
function acronymsDefinedOtherwise(
  text: string,
  terms: readonly TermMatch[],
  factById: OtherBearerInput['factById'],
) {
  const other = new Set<string>();
  // Cheap first: only a text that writes one of its acronym terms beside a parenthesis is read for definitions.
  const acronyms = new Set(
    terms.map((t) => text.slice(t.start, t.end)).filter((q) => /^\p{Lu}{2,6}$/u.test(q)),
  );
  if (![...acronyms].some((q) => text.includes(`(${q})`) || text.includes(`${q} (`))) return other;
  const defined = new Map<string, string[]>();
  for (const m of text.matchAll(DEFINED_AFTER)) pushName(defined, m[2] as string, m[1] as string);
  for (const m of text.matchAll(DEFINED_BEFORE)) pushName(defined, m[1] as string, m[2] as string);
  if (!defined.size) return other;
  for (const t of terms) {
    const quote = text.slice(t.start, t.end);
    const names = defined.get(quote);
    if (names && namedOtherwise(names, [factById(t.factId)])) other.add(quote);
  }
  return other;
}

/** The lower-case words of four letters or more of `x`. */
const longWords = (x: string) =>
  x
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4);

/**
 * None of `names` is one of the facts': the same name shares a word of four letters or more with one of
 * the fact's aliases ("Shanghai Cooperation Organisation" for "Shanghai Cooperation Organization", "the
 * Indian Army's Line of Actual Control"); "Lakeview Athletic Club" shares none with "Line of Actual Control".
 */
function namedOtherwise(names: readonly string[], facts: readonly (Fact | undefined)[]): boolean {
  const known = new Set(facts.flatMap((f) => (f?.aliases ?? []).flatMap((a) => longWords(a.text))));
  return names.every((n) => !longWords(n).some((w) => known.has(w)));
}

/**
 * The spans (`start:end`) of every occurrence of an acronym alias that `text` spells out as something
 * else, whether or not the matcher read it as a term: such an occurrence is no context word or cue
 * word either ("Lakeview Athletic Club (LAC)" does not make a "standoff" in midfield the Ladakh
 * standoff; ADR 0093). `factsOf(acronym)` gives the facts whose alias the acronym is (none: not one).
 */
export function acronymSpansDefinedOtherwise(
  text: string,
  factsOf: (acronym: string) => readonly Fact[],
): readonly string[] {
  if (!text.includes('(')) return [];
  const defined = new Map<string, string[]>();
  // Each pattern only on a text holding what every match of it holds (ADR 0111): long pages have
  // parentheses but seldom an acronym beside one, and the patterns backtrack at every capital.
  if (ACRONYM_IN_PARENTHESES.test(text))
    for (const m of text.matchAll(DEFINED_AFTER)) pushName(defined, m[2] as string, m[1] as string);
  if (ACRONYM_BEFORE_PARENTHESIS.test(text))
    for (const m of text.matchAll(DEFINED_BEFORE)) pushName(defined, m[1] as string, m[2] as string);
  const spans: string[] = [];
  for (const [acronym, names] of defined) {
    const facts = factsOf(acronym);
    if (!facts.length || !namedOtherwise(names, facts)) continue;
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${acronym}(?![\\p{L}\\p{N}])`, 'gu')))
      spans.push(`${m.index}:${m.index + acronym.length}`);
  }
  return spans;
}

function pushName(defined: Map<string, string[]>, acronym: string, name: string): void {
  const list = defined.get(acronym) ?? [];
  list.push(name.trim());
  defined.set(acronym, list);
}

/** The terms without the occurrences of a one-word person or place alias that another bearer has. */
export function withoutOtherBearers(input: OtherBearerInput): readonly TermMatch[] {
  const { text, factById } = input;
  const redefined = acronymsDefinedOtherwise(text, input.terms, factById);
  const terms = redefined.size
    ? input.terms.filter((t) => !redefined.has(text.slice(t.start, t.end)))
    : input.terms;
  const oneWord = (t: TermMatch) => !/\s/.test(t.alias) && NAME_KINDS.has(factById(t.factId)?.kind ?? '');
  const others = new Set<TermMatch>();
  const givenAway = new Set<string>();
  for (const t of terms) {
    if (!oneWord(t) || !(otherNameBefore(input, t.start) || otherGivenNameAfter(input, t))) continue;
    others.add(t);
    givenAway.add(`${t.factId}\u0000${t.alias.toLowerCase()}`);
  }
  if (!others.size) return terms;
  // The word also in a longer name the base knows ("Donald Trump", "the Galwan clash"): the text is
  // about the fact as well, and its other bare mentions stay the fact's.
  const fullWords = new Set<string>();
  for (const t of terms) {
    const quote = text.slice(t.start, t.end).toLowerCase();
    if (/\s/.test(quote)) for (const w of quote.split(/[^\p{L}]+/u)) if (w) fullWords.add(w);
  }
  return terms.filter((t) => {
    if (others.has(t)) return false;
    if (!oneWord(t)) return true;
    const word = t.alias.toLowerCase();
    if (!givenAway.has(`${t.factId}\u0000${word}`)) return true;
    return fullWords.has(word);
  });
}
