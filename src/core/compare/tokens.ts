/**
 * What a sentence says, as features for alignment: content-word stems (function words
 * dropped, British/American spellings and a few news synonyms folded together), figures
 * ("#70", "#2024") and month names. Pure and deterministic; see ADR 0015.
 */

import { wordTable } from '../collections';
import { allMatches } from '../match/all-matches';
import { hoursAsMinutes } from './durations';
import {
  DEFERRAL_FORMS,
  DEFERRAL_VERBS,
  NOMINALS,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  PHRASES,
  REMARK_WORDS,
  SCALES,
  SYNONYMS,
  wordedShares,
} from './lexicon';
import { sentenceMemo } from './sentence-memo';

const STOP = new Set(
  (
    'a an the and or but nor so yet of in on at to for from by with without into onto over under about ' +
    'as than then that this these those there here which who whom whose what when where why how ' +
    'is are was were be been being am do does did done has have had having will would shall should can could ' +
    'may might must it its it’s itself he she they them their theirs his her hers him we us our you your i me my ' +
    'not no also just only very more most much many some any all each both either neither such other another ' +
    'up down out off again further once per via said says say told tells according ' +
    'while during after before since until till between among against through across toward towards upon ' +
    'if because though although whether even still already own same s t'
  ).split(' '),
);

const MONTHS: Readonly<Record<string, string>> = wordTable({
  jan: 'jan',
  january: 'jan',
  feb: 'feb',
  february: 'feb',
  mar: 'mar',
  march: 'mar',
  apr: 'apr',
  april: 'apr',
  jun: 'jun',
  june: 'jun',
  jul: 'jul',
  july: 'jul',
  aug: 'aug',
  august: 'aug',
  sep: 'sep',
  sept: 'sep',
  september: 'sep',
  oct: 'oct',
  october: 'oct',
  nov: 'nov',
  november: 'nov',
  dec: 'dec',
  december: 'dec',
});

/** A light English stemmer: enough to fold plurals and tenses, never a dictionary. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  const bare = w;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  // A consonant doubled before -ing/-ed is one: "dropped", "planning" (not "falling": ll is kept
  // in short words, where it belongs to the word; "patrolling", "cancelled" lose one).
  if (w !== bare && /(bb|dd|ff|gg|mm|nn|pp|rr|tt)$/.test(w)) w = w.slice(0, -1);
  if (w.length >= 6 && w.endsWith('ll')) w = w.slice(0, -1);
  // British/American: -ise/-ize, -iser/-izer, -our/-or ("licence"/"license" are folded as synonyms).
  // (Each replacement only where its ending can be: most words have neither.)
  if (w.includes('iz')) w = w.replace(/iz(ation|er|e|)$/, 'is$1');
  if (w.endsWith('our')) w = w.replace(/our$/, 'or');
  return w;
}

/** A word's key: its stem, or the synonym group of its stem or of itself. Kept per word for the comparison. */
const fold = sentenceMemo((word: string): string => {
  const s = NOMINALS.get(stem(word)) ?? stem(word);
  return SYNONYMS.get(s) ?? SYNONYMS.get(word) ?? s;
});

/** The keys of a speaker's act (lexicon.ts REMARK_WORDS): "nodetails" folds to one of them. */
export const REMARK_KEYS: ReadonlySet<string> = new Set(Object.values(REMARK_WORDS).map(fold));

/** Any of PHRASES: one scan, so a sentence with none (most) is not scanned once per phrase. */
const ANY_PHRASE = new RegExp(PHRASES.map(([re]) => re.source).join('|'));

/** One token of a sentence, with its kind. */
export interface Token {
  readonly key: string;
  readonly kind: 'word' | 'number' | 'month';
}

const WORD = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*%?|%/gu;
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function numberKey(raw: string): number | null {
  const digits = raw.replace(/[,%]/g, '');
  if (/^\d+(\.\d+)?$/.test(digits)) return Number(digits);
  return null;
}

/** One word or figure of the sentence before folding: `num` for figures, number words and ordinals. */
interface Atom {
  readonly text: string;
  readonly num?: number;
  /** A figure ending in "%". */
  readonly percent?: boolean;
}

/** A figure with a unit or ordinal suffix: "20m", "1.2bn", "21st", "23rd". */
const SUFFIXED = /^(\d+(?:\.\d+)?)(k|m|mn|bn|tn|st|nd|rd|th)$/;

/** A word as the acronym reader splits a sentence: letters and digits, or one other non-space character. */
const SPELLED_WORD = /[\p{L}\p{N}&][\p{L}\p{N}’'-]*|[^\s\p{L}\p{N}&]/gu;
/** A figure as written, digits with their separators. */
const FIGURE_DIGITS = /\d+(?:[.,]\d+)*/g;

function atomsOf(text: string): Atom[] {
  const out: Atom[] = [];
  for (const m of allMatches(text, WORD)) out.push(...wordAtoms(m[0]));
  return out;
}

/** The atoms of one word as WORD matches it; kept per word for the comparison (sentence-memo.ts). */
const wordAtoms = sentenceMemo((word: string): readonly Atom[] => {
  const raw = word.replace(/[’']s$/, '');
  const num = numberKey(raw);
  if (num !== null) return [{ text: raw, num, percent: raw.endsWith('%') }];
  const suffixed = SUFFIXED.exec(raw);
  if (suffixed) {
    const scale = SCALES[suffixed[2] as string];
    return [{ text: raw, num: Number(suffixed[1]) * (scale ?? 1) }];
  }
  const out: Atom[] = [];
  for (const part of raw.split(/[-’']/)) {
    if (!part) continue;
    const n =
      NUMBER_WORDS[part] ?? ORDINAL_WORDS[part] ?? (/^\d+(\.\d+)?$/.test(part) ? Number(part) : undefined);
    out.push(n === undefined ? { text: part } : { text: part, num: n });
  }
  return out;
});

/** Round off float noise from scaling ("22.28 lakh" is 2 228 000, not 2 228 000.0000000005). */
const exact = (x: number) => Number(x.toPrecision(12));

/**
 * Figures read as a whole: "twenty-one" is 21, "two hundred" 200, "1.5 million" and
 * "1,500,000" one figure, "22.28 lakh" 2 228 000.
 */
function combineNumbers(atoms: readonly Atom[]): Atom[] {
  const out: Atom[] = [];
  for (let k = 0; k < atoms.length; k++) {
    const x = atoms[k] as Atom;
    if (x.num === undefined) {
      out.push(x);
      continue;
    }
    let value = x.num;
    let text = x.text;
    const next = atoms[k + 1];
    const isWord = !/\d/.test(x.text);
    // "twenty-one", "twenty-third": a tens word and a unit word.
    if (
      isWord &&
      value >= 20 &&
      value % 10 === 0 &&
      value < 100 &&
      next?.num !== undefined &&
      !/\d/.test(next.text) &&
      next.num < 10
    ) {
      value += next.num;
      text += `-${next.text}`;
      k++;
    }
    const after = atoms[k + 1];
    if (
      after &&
      (after.text === 'hundred' || SCALES[after.text] !== undefined) &&
      after.text !== 'm' &&
      after.text !== 'k'
    ) {
      value = exact(value * (after.text === 'hundred' ? 100 : (SCALES[after.text] as number)));
      text += ` ${after.text}`;
      k++;
    }
    out.push({ text, num: value, ...(x.percent ? { percent: true } : {}) });
  }
  return out;
}

/** Small words a name's initials skip ("Ministry of External Affairs" is MEA). */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'on', 'the', '&']);
/** A name is this many capitalised words or more before its initials count as an acronym. */
export const ACRONYM_MIN = 3;

/**
 * The initials of the sentence's multi-word names, lower-cased: "the International Air
 * Transport Association" gives "iata", "Line of Actual Control" "lac", so a sentence that
 * spells a name out shares a feature with one that writes its acronym (which tokenizes to
 * the same lower-cased word). Runs of ACRONYM_MIN capitalised words or more, joined by
 * small words; a capitalised function word ("The", "In") is not part of a name.
 */
export function initialsOf(sentence: string): string[] {
  return spelledNames(sentence).map((n) => n.initials);
}

const CAPITALISED = /\p{Lu}\p{Ll}/gu;

/**
 * The sentence's multi-word names (initialsOf): their initials and their words, as written. Kept
 * per text for the comparison (sentence-memo.ts, ADR 0068), frozen: every caller shares them.
 */
export const spelledNames: (sentence: string) => readonly SpelledName[] = sentenceMemo((sentence) =>
  Object.freeze(findSpelledNames(sentence).map((n) => Object.freeze(n))),
);

/** A multi-word name as spelledNames finds it. */
export interface SpelledName {
  readonly initials: string;
  readonly words: string;
}

function findSpelledNames(sentence: string): { initials: string; words: string }[] {
  const out: { initials: string; words: string }[] = [];
  // Most sentences have too few capitalised words for a name of ACRONYM_MIN: no scan.
  let capitals = 0;
  for (CAPITALISED.lastIndex = 0; capitals < ACRONYM_MIN && CAPITALISED.test(sentence); ) capitals++;
  if (capitals < ACRONYM_MIN) return out;
  let run = '';
  let words: string[] = [];
  let joiners = '';
  const flush = () => {
    if (run.length >= ACRONYM_MIN) out.push({ initials: run.toLowerCase(), words: words.join(' ') });
    run = '';
    words = [];
    joiners = '';
  };
  for (const m of allMatches(sentence, SPELLED_WORD)) {
    const w = m[0];
    const lower = w.toLowerCase();
    if (/^\p{Lu}\p{Ll}/u.test(w) && !NAME_JOINERS.has(lower) && !STOP.has(lower)) {
      run += (w[0] as string).toUpperCase();
      words.push(w);
      joiners = '';
    } else if (run && NAME_JOINERS.has(lower) && !joiners) joiners = w;
    else flush();
  }
  flush();
  return out;
}

/**
 * A percentage from 10 to 100 also gives the nearest multiple of this (ADR 0022, sixth round):
 * outlets round a share differently ("nearly 70%", "69%", "about 69 per cent").
 */
export const APPROX_STEP = 5;
/**
 * How far a share written in words may be from the figure another outlet gives ("two-thirds",
 * 67, for 69 %; cmp40, ADR 0102): less than one APPROX_STEP, so "a third" (33) is 30 or 35, never 25.
 */
export const WORDED_SHARE_SLACK = 4;

/** The key an acronym or a name's initials tokenize to ("IATA" and "iata" alike). */
export function initialsKey(initials: string): string {
  return fold(initials.toLowerCase());
}

/**
 * The tokens of `sentence` (lower-cased, folded; function words dropped). `names` are its
 * spelled-out names when the caller has them already (spelledNames), so they are found once.
 *
 * Kept per text for the comparison (sentence-memo.ts, ADR 0068): one sentence is tokenised for
 * its features, its minor keys, its "first … since" frame and its quotes, so without names given
 * (its own spelled-out names) or with none (`[]`), a text is tokenised once per comparison, each
 * way in a memo of its own. The tokens are frozen: every caller shares them.
 */
export function tokenize(sentence: string, names?: readonly { initials: string }[]): readonly Token[] {
  if (names === undefined) return tokensWithNames(sentence);
  if (names.length === 0) return tokensWithoutNames(sentence);
  return withNames(tokensWithoutNames(sentence), names);
}

/**
 * The tokens of a sentence with its names: the names' keys, then its tokens without names (the
 * names only lead the list: nothing after reads them), so a sentence asked for both ways is read
 * once (ADR 0111, perf28).
 */
const tokensWithNames = sentenceMemo((sentence: string) =>
  withNames(tokensWithoutNames(sentence), spelledNames(sentence)),
);
const tokensWithoutNames = sentenceMemo((sentence: string) => tokensOf(sentence));

function withNames(tokens: readonly Token[], names: readonly { initials: string }[]): readonly Token[] {
  if (names.length === 0) return tokens;
  const out: Token[] = names.map((n) =>
    Object.freeze({ key: initialsKey(n.initials), kind: 'word' as const }),
  );
  for (const t of tokens) out.push(t);
  return Object.freeze(out);
}

function tokensOf(sentence: string): readonly Token[] {
  const out: Token[] = [];
  // "US" and "U.S." are the country, not the pronoun "us" (a function word, dropped). (Only a
  // sentence with a capital U can hold either.)
  let text = (sentence.includes('U') ? sentence.replace(/\bU\.?S\.?(?=$|[^\p{L}])/gu, 'USA') : sentence)
    .toLowerCase()
    .normalize('NFKC');
  // ISO dates read as written dates: "2025-10-21" is "21 october 2025".
  if (text.includes('-'))
    text = text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (all, y: string, mo: string, d: string) => {
      const month = MONTH_NAMES[Number(mo) - 1];
      return month && Number(d) >= 1 && Number(d) <= 31 ? `${Number(d)} ${month} ${y}` : all;
    });
  // A negation contracted is the negation ("didn't elaborate" is "did not elaborate", which
  // PHRASES reads as withholding details; ADR 0075).
  if (text.includes("n't") || text.includes('n’t')) text = expandNegations(text);
  if (ANY_PHRASE.test(text)) for (const [re, word] of PHRASES) text = text.replace(re, word);
  if (DEFERRAL_VERBS.test(text)) text = text.replace(DEFERRAL_FORMS, REMARK_WORDS.deferred);
  // "an hour and 40 minutes" is "100 minutes" (durations.ts, round 21).
  text = hoursAsMinutes(text);
  const worded = wordedShares(text);
  text = worded.text;
  for (const atom of combineNumbers(atomsOf(text))) {
    if (atom.num !== undefined) {
      out.push({ key: `#${atom.num}`, kind: 'number' });
      if (atom.percent) out.push({ key: 'percent', kind: 'word' });
      continue;
    }
    const part = atom.text;
    if (STOP.has(part)) continue;
    if (MONTHS[part]) out.push({ key: MONTHS[part] as string, kind: 'month' });
    else if (part.length > 1 || /\d/.test(part)) out.push({ key: fold(part), kind: 'word' });
  }
  // A share also as its nearest APPROX_STEP points, so "nearly 70%" and "69%" share it.
  for (let k = 0; k + 1 < out.length; k++) {
    const t = out[k] as Token;
    if (t.kind !== 'number' || (out[k + 1] as Token).key !== 'percent') continue;
    const n = Number(t.key.slice(1));
    if (n < 10 || n > 100) continue;
    const near = Math.round(n / APPROX_STEP) * APPROX_STEP;
    out.push({ key: `~${near}%`, kind: 'word' });
    // A share in words is rounded by its writer ("more than two-thirds" for 69 %, "nine in ten"
    // for 92 %): it also gives the next step within WORDED_SHARE_SLACK points (cmp40, ADR 0102).
    if (!worded.shares.includes(n)) continue;
    for (const m of [near - APPROX_STEP, near + APPROX_STEP])
      if (Math.abs(m - n) <= WORDED_SHARE_SLACK && m >= 10 && m <= 100)
        out.push({ key: `~${m}%`, kind: 'word' });
  }
  for (const t of out) Object.freeze(t);
  return Object.freeze(out);
}

/** "won't" → "will not", "can't" → "can not", "didn't" → "did not" (lower-cased text). */
export function expandNegations(text: string): string {
  return text
    .replace(/\bwon['’]t\b/g, 'will not')
    .replace(/\bcan['’]t\b/g, 'can not')
    .replace(/\b(\p{L}+)n['’]t\b/gu, '$1 not');
}

/** The figures of a sentence as written ("70", "2024", "21"), for the pair's changed figures. */
export function figuresOf(sentence: string): string[] {
  return allMatches(sentence, FIGURE_DIGITS).map((m) => m[0].replace(/,/g, ''));
}

/** True when `text` reads as English: a fair share of its words are English function words. */
export function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 8) return true;
  let hits = 0;
  for (const w of words) if (STOP.has(w)) hits++;
  return hits / words.length >= 0.15;
}
