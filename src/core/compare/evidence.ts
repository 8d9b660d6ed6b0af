/**
 * Kinds of evidence two sentences share, beyond their score (ADR 0022, fourth round): one
 * day of a month no other sentence gives, one event the claim engine found in both, or
 * little but the name of a person both mention. The selection (align.ts) uses them to take
 * or refuse weak pairs.
 */
import type { Fact } from '../facts/schema';
import { allMatches } from '../match/all-matches';
import { withoutAppositiveCountries } from './appositives';
import { TOLD_KINDS } from './facts';
import { NOTHING_TOLD, nameRunsOf, properKeysOf, type Told, type Vector } from './features';
import { tokenize } from './tokens';

/** Month features (tokens.ts). */
export const MONTH_KEYS: ReadonlySet<string> = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
]);

/** `va` and `vb` share a month and a day number, each found in no other sentence of either article. */
export function sharedUniqueDate(va: Vector, vb: Vector, unique: (key: string) => boolean): boolean {
  let month = false;
  let day = false;
  for (const k of va.w.keys()) {
    if (!vb.w.has(k) || !unique(k)) continue;
    if (MONTH_KEYS.has(k)) month = true;
    else if (/^#([1-9]|[12]\d|3[01])$/.test(k)) day = true;
  }
  return month && day;
}

/** Fact kinds that say what happened, not who or where: shared, they tie two sentences to one event. */
const EVENT_KINDS = /^f:(?:event|quantity|instrument)\./;

/** The two sentences share an event, figure or instrument the claim engine found in both. */
export function sameEvent(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x || !y) return false;
  for (const k of x.w.keys()) if (EVENT_KINDS.test(k) && y.w.has(k)) return true;
  return false;
}

/**
 * Above this share of their shared weight (the dot product) in a person's name, two sentences
 * share names only: 0.5 lost a dev pair, 0.67 to 0.8 none (ADR 0022, fourth round).
 */
export const NAMES_SHARE = 2 / 3;

/** Most of what the two sentences share (by weight) is the name of a person both mention. */
export function namesOnly(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x || !y) return false;
  let all = 0;
  let names = 0;
  for (const [k, v] of x.w) {
    const u = y.w.get(k);
    if (u === undefined) continue;
    all += v * u;
    if (x.names?.has(k) || y.names?.has(k)) names += v * u;
  }
  return all > 0 && names / all > NAMES_SHARE;
}

/**
 * Everything the two sentences share is one proper name (features.ts properKeysOf, of either): "troops
 * remain along the Line of Actual Control" / "the Line of Actual Control runs for 3,488 km"
 * share a place and nothing said about it (round 10). Two or more named things of the fact
 * base are a combination, not a topic ("It covers Depsang and Demchok" / "The deal applies to
 * Depsang and Demchok", a right pair of h3).
 */
export function namesAlone(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x || !y) return false;
  const px = properKeysOf(x);
  const py = properKeysOf(y);
  let any = false;
  let facts = 0;
  for (const k of x.w.keys()) {
    if (!y.w.has(k)) continue;
    any = true;
    if (!px.has(k) && !py.has(k)) return false;
    if (k.startsWith('f:')) facts++;
  }
  return any && facts < 2 && Math.min(namesShared(x, y), namesShared(y, x)) < 2;
}

/** The parties of most of the stories compared (countries, capitals, demonyms): no particular thing. */
const PARTY_KEYS: ReadonlySet<string> = new Set(
  tokenize('India Indian China Chinese Beijing New Delhi Washington America American USA', []).map(
    (t) => t.key,
  ),
);

/**
 * How many names of `x`'s sentence (features.ts nameRunsOf) `y` writes too, a country or capital
 * aside (round 30): two or more are a combination, as two facts are ("Tulung La in Arunachal
 * Pradesh" / "at Tulung La, in Arunachal Pradesh"; four licensees listed by both), where one
 * name is a topic.
 */
function namesShared(x: Vector, y: Vector): number {
  const py = properKeysOf(y);
  let n = 0;
  for (const run of nameRunsOf(x)) {
    let shared = false;
    let party = true;
    for (const k of run) {
      if (!PARTY_KEYS.has(k)) party = false;
      if (y.w.has(k) && py.has(k)) shared = true;
    }
    if (shared && !party) n++;
  }
  return n;
}

/** Words that say which country a noun belongs to ("the Indian readout", "China's exports"). */
const COUNTRY: ReadonlyMap<string, string> = new Map([
  ['indian', 'in'],
  ["india's", 'in'],
  ['chinese', 'cn'],
  ["china's", 'cn'],
  ["beijing's", 'cn'],
  ['american', 'us'],
  ["america's", 'us'],
  ["washington's", 'us'],
  ['russian', 'ru'],
  ["russia's", 'ru'],
  ['pakistani', 'pk'],
  ["pakistan's", 'pk'],
  ['japanese', 'jp'],
  ['korean', 'kr'],
  ['british', 'gb'],
  ['chilean', 'cl'],
  ["delhi's", 'in'],
  ["moscow's", 'ru'],
  ["tokyo's", 'jp'],
]);

/**
 * Capitals that name their country's government after "by" or "from" ("a readout carried by
 * Beijing", "a statement from New Delhi"); as a possessive they are in COUNTRY.
 */
const CAPITAL: ReadonlyMap<string, string> = new Map([
  ['beijing', 'cn'],
  ['delhi', 'in'],
  ['washington', 'us'],
  ['moscow', 'ru'],
  ['tokyo', 'jp'],
]);

/**
 * Nouns for one side's account of an event: each side's readout, summary or version of one
 * meeting is the same kind of thing, so "the Indian readout" and "Beijing's summary" are
 * counterparts as "the Indian readout" and "the Chinese readout" are (round 10).
 */
const ACCOUNT = new Set(['readout', 'account', 'summary', 'version', 'statement']);

const countryCache = new WeakMap<Vector, ReadonlyMap<string, ReadonlySet<string>>>();

/** Every word COUNTRY, CAPITAL or the "U.S." reading below can see, lower-cased. */
const COUNTRY_WORDS: readonly string[] = [...COUNTRY.keys(), ...CAPITAL.keys(), 'u.s.'];

/** The text holds a word of COUNTRY_WORDS (in any case, with either apostrophe); false means countryNouns finds nothing. */
export function mayNameCountry(text: string): boolean {
  const lower = text.toLowerCase().replace(/’/g, "'");
  return COUNTRY_WORDS.some((w) => lower.includes(w));
}

/**
 * The nouns a country word qualifies in `v`'s sentence, with the countries: "the Indian
 * readout" gives readout → {in}; "the Chinese side's readout" side and readout → {cn}. The
 * next word only (and the one after a possessive), so "Chinese Vice Foreign Minister" is
 * "vice", not every word of the title.
 */
export function countryNouns(v: Vector): ReadonlyMap<string, ReadonlySet<string>> {
  let found = countryCache.get(v);
  if (!found) {
    const text = v.text ?? '';
    // Every word the reading reads is part of the text: without a country word, a capital or
    // "U.S." in it (most sentences), there is nothing to read (ADR 0068).
    found = mayNameCountry(text) ? readCountryNouns(text) : NO_COUNTRY_NOUNS;
    countryCache.set(v, found);
  }
  return found;
}

const NO_COUNTRY_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map();

/** countryNouns's reading of `text`, whatever words it holds (exported for tests). */
export function readCountryNouns(text: string): ReadonlyMap<string, ReadonlySet<string>> {
  const found = new Map<string, Set<string>>();
  const words = withoutAppositiveCountries(text, (w) => COUNTRY.has(w))
    .replace(/’/g, "'")
    .replace(/\bU\.S\.(?=\s)/g, 'american')
    .split(/[^\p{L}\p{N}'.-]+/u)
    .map((w) => w.replace(/^'+|[.']+$/g, '').toLowerCase())
    .filter(Boolean);
  const add = (noun: string, c: string) => {
    const stem = noun.replace(/'s$/, '').replace(/(?<=[^s])s$/, '');
    const n = ACCOUNT.has(stem) ? 'account' : stem;
    const set = found.get(n);
    if (set) set.add(c);
    else found.set(n, new Set([c]));
  };
  // "Indian and Chinese troops": the noun belongs to every country of the run.
  let run: string[] = [];
  for (let k = 0; k + 1 < words.length; k++) {
    const c = COUNTRY.get(words[k] as string);
    if (!c) {
      if (words[k] !== 'and' && words[k] !== 'or') run = [];
      continue;
    }
    run.push(c);
    const next = words[k + 1] as string;
    if (COUNTRY.has(next) || next === 'and' || next === 'or') continue;
    for (const r of run) {
      add(next, r);
      if (next.endsWith("'s") && words[k + 2]) add(words[k + 2] as string, r);
    }
    run = [];
  }
  // An account and whose it is, after it: "a readout carried by China's official Xinhua news
  // agency", "a statement from Beijing" (a participle may come between).
  for (let k = 0; k < words.length; k++) {
    if (!ACCOUNT.has((words[k] as string).replace(/s$/, ''))) continue;
    let q = k + 1;
    if (/ed$/.test(words[q] ?? '')) q++;
    if (words[q] !== 'by' && words[q] !== 'from') continue;
    q++;
    if (words[q] === 'the') q++;
    if (words[q] === 'new') q++;
    const w = words[q] ?? '';
    const c = COUNTRY.get(w) ?? CAPITAL.get(w);
    if (c) add('account', c);
  }
  return found;
}

/**
 * The two sentences speak of one thing of two countries ("the Indian readout" / "the Chinese
 * side's readout"; "Indian companies" / "Chinese companies"): the same noun qualified by a
 * country in each, by different countries and never by the same one. Such sentences are about
 * counterparts, not one fact, however close their words (ADR 0022, eighth round).
 */
export function counterparts(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x?.text || !y?.text) return false;
  const nx = countryNouns(x);
  if (!nx.size) return false;
  const ny = countryNouns(y);
  for (const [noun, cx] of nx) {
    const cy = ny.get(noun);
    if (cy && ![...cx].some((c) => cy.has(c))) return true;
  }
  return false;
}

const MONTH_WORD =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY_ORDINAL = new RegExp(
  `\\b${MONTH_WORD}\\s+\\d+(?:st|nd|rd|th)\\b|\\b\\d+(?:st|nd|rd|th)\\s+(?:of\\s+)?${MONTH_WORD}(?![a-z])`,
  'gi',
);

const ordinalCache = new WeakMap<Vector, ReadonlySet<number>>();
/** An ordinal in figures (allMatches keeps one copy: ADR 0068). */
const ORDINAL = /\b(\d+)(?:st|nd|rd|th)\b/gi;

/** The ordinals written in figures in `v`'s sentence ("the 23rd round", "its 16th summit"). */
export function ordinalsOf(v: Vector): ReadonlySet<number> {
  let out = ordinalCache.get(v);
  if (!out) {
    // Not a day of a month ("October 23rd", "the 23rd of October"): two versions that date one
    // event differently are one event with a changed date.
    const text = (v.text ?? '').replace(DAY_ORDINAL, ' ');
    out = new Set(allMatches(text, ORDINAL).map((m) => Number(m[1])));
    ordinalCache.set(v, out);
  }
  return out;
}

/**
 * Two instances of one series ("the 23rd round of talks" / "the 24th round"; "the 16th
 * summit" / "the 17th"): each sentence numbers what it tells, and no number is the same.
 * Rounds, summits and anniversaries of one series share their names, places and people, so
 * their sentences look alike; the number says they are not one event (ADR 0022, eighth round).
 */
export function otherInstance(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x?.text || !y?.text) return false;
  const ox = ordinalsOf(x);
  if (!ox.size) return false;
  const oy = ordinalsOf(y);
  if (!oy.size) return false;
  for (const n of ox) if (oy.has(n)) return false;
  return true;
}

/**
 * What a sentence tells (Told): the events, instruments and counts it tells (`events`, facts.ts
 * `tellsOf`), those among all its fact ids (`ids`), and what the fact base links them to: the
 * wholes they are part of, and for a count the facts it is related to.
 */
export function toldOf(
  events: ReadonlySet<string>,
  ids: readonly string[],
  factById: (id: string) => Fact | undefined,
  background?: ReadonlySet<string>,
): Told {
  if (!events.size) return NOTHING_TOLD;
  const mentioned = new Set(ids.filter((id) => TOLD_KINDS.test(id)));
  for (const id of events) mentioned.add(id);
  const wholes = new Set<string>();
  for (const id of mentioned)
    for (const r of factById(id)?.relations ?? [])
      if (r.type === 'part-of' || (r.type === 'related' && id.startsWith('quantity.'))) wholes.add(r.target);
  return background?.size ? { events, mentioned, wholes, background } : { events, mentioned, wholes };
}

/**
 * The two sentences tell different happenings (ADR 0022, round 9): each tells an event or
 * instrument, or each a count, of the fact base (facts.ts `tellsOf`), and nothing either
 * mentions is the same or linked ("Modi and Xi held talks in Kazan" / "Modi will meet Xi in
 * Tianjin on Sunday": two meetings of one pair of leaders, in the same words; "the first
 * meeting in five years" / "his first visit in seven years": two gaps). A meeting and the
 * summit it was held at are one happening told by two facts, so a part-of relation links them,
 * and a count is linked to what the fact base relates it to; two meetings of one visit (two
 * parts of one whole) stay apart. A count on one side and an event on the other are not
 * compared: a sentence often tells both, and the claim engine ties each to one. Two sentences
 * that share a figure are exempt (align.ts): a figure is specific where the claim engine's tie
 * of a sentence to a fact is not.
 */
export function otherHappening(x: Vector | undefined, y: Vector | undefined): boolean {
  const tx = x?.told;
  const ty = y?.told;
  if (!tx?.events.size || !ty?.events.size) return false;
  // A side whose every told event is background (ADR 0144: named only as what a guest is invited
  // to) tells no happening of its own to part the two by.
  if (allBackground(tx) || allBackground(ty)) return false;
  // Of one kind on both sides: two events, or two counts (a count and an event are often one
  // happening told twice, the claim engine tying each sentence to one of them).
  const kinds = (t: Told) => new Set([...t.events].map((id) => (id.startsWith('quantity.') ? 'q' : 'e')));
  const ky = kinds(ty);
  if (![...kinds(tx)].some((k) => ky.has(k))) return false;
  for (const e of tx.mentioned) if (ty.mentioned.has(e) || ty.wholes.has(e)) return false;
  for (const e of ty.mentioned) if (tx.wholes.has(e)) return false;
  return true;
}

/** Every event the sentence tells is background to it (Told.background). */
function allBackground(t: Told): boolean {
  if (!t.background?.size) return false;
  for (const e of t.events) if (!t.background.has(e)) return false;
  return true;
}

/**
 * Sentences that make an article's lead, for `sameLead`: the first (the lede). Two leads of two
 * sentences joined 11 more cross-story comparisons than one (39 against 28), for the same dev gain.
 */
export const LEAD_SENTENCES = 1;

/**
 * The two articles' leads tell one happening (facts.ts `tellsOf`): one story, however worded
 * (ADR 0022, round 9). Unrelated stories of one theme lead with different happenings; one that
 * both mention further down is background.
 */
export function sameLead(a: readonly Vector[], b: readonly Vector[]): boolean {
  const told = new Set<string>();
  for (const v of a.slice(0, LEAD_SENTENCES)) for (const e of v.told?.events ?? []) told.add(e);
  if (!told.size) return false;
  for (const v of b.slice(0, LEAD_SENTENCES))
    for (const e of v.told?.events ?? []) if (told.has(e)) return true;
  return false;
}
