/** Small vocabularies shared by the temporal and numeric extractors. */
import { wordTable } from '../collections';

/** The month names and abbreviations, without a capture group (for named groups). */
export const MONTH_NAMES =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

/** A month name or abbreviation, as capture group 1. */
export const MONTH_PATTERN = `(${MONTH_NAMES})`;

const MONTH_INDEX: Readonly<Record<string, number>> = wordTable({
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
});

/** "October", "Oct", "Sept" → 10, 10, 9. */
export function monthNumber(name: string): number {
  return MONTH_INDEX[name.slice(0, 3).toLowerCase()] ?? 0;
}

/** The number words news spells out, "one" to "ninety", "hundred" and "dozen" (shared with compare). */
export const CARDINAL_WORDS: Readonly<Record<string, number>> = wordTable({
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
});

/** In a duration or a figure, "a"/"an" count one and "half" a half ("a year and a half"). */
const NUMBER_WORDS: Readonly<Record<string, number>> = wordTable({
  a: 1,
  an: 1,
  ...CARDINAL_WORDS,
  half: 0.5,
});

/** A small cardinal, without a capture group: digits, or a number word ("four", "twenty", "a"). */
export const CARDINALS =
  '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) and a half|\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half a|a dozen';

/** Matches a small cardinal, as capture group 1. */
export const NUMBER_PATTERN = `(${CARDINALS})`;

/** "4", "four", "a", "half a" → 4, 4, 1, 0.5; NaN if not a number. */
export function parseNumberWord(s: string): number {
  const t = s.trim().toLowerCase().replace(/,/g, '');
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t === 'half a') return 0.5;
  if (t === 'a dozen') return 12;
  const half = /^(.+) and a half$/.exec(t);
  if (half) return parseNumberWord(half[1] as string) + 0.5;
  // "thirty-two", "twenty one": tens and a unit.
  const compound =
    /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](one|two|three|four|five|six|seven|eight|nine)$/.exec(
      t,
    );
  if (compound)
    return (
      (NUMBER_WORDS[compound[1] as string] ?? Number.NaN) +
      (NUMBER_WORDS[compound[2] as string] ?? Number.NaN)
    );
  return NUMBER_WORDS[t] ?? Number.NaN;
}

/** How a figure is qualified in text. */
/** `fraction`: a share said as a fraction ("roughly half", "nine in ten"), as coarse as its words (ADR 0151). */
export type Comparator = 'about' | 'more-than' | 'less-than' | 'at-least' | 'at-most' | 'exact' | 'fraction';

/** Words that qualify a figure ("more than", "nearly"), without a capture group. */
export const QUALIFIER_WORDS =
  'more than|over|above|upwards of|nearly|almost|about|around|roughly|some|approximately|approx\\.?|close to|at least|less than|under|below|fewer than|at most|up to|just over|just under|well over';

/** A qualifier, as capture group 1. */
export const QUALIFIER_PATTERN = `(${QUALIFIER_WORDS})`;

/** The comparator a qualifier word implies ("nearly 70" is about 70, from below). */
export function comparatorOf(qualifier: string | undefined): Comparator {
  const q = (qualifier ?? '').toLowerCase();
  if (!q) return 'exact';
  if (/^(more than|over|above|upwards of|just over|well over)$/.test(q)) return 'more-than';
  if (/^(less than|under|below|fewer than|just under)$/.test(q)) return 'less-than';
  if (q === 'at least') return 'at-least';
  if (q === 'at most' || q === 'up to') return 'at-most';
  return 'about';
}

/** `s` with the characters that mean something in a regular expression escaped. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Nouns that name a government measure without naming which one ("the April controls",
 * "Beijing's April 4 order"), without a capture group. The month and possessive rules read
 * "package" too ("its October package"), the date owners "ban" and "licence" (date-owners.ts).
 */
export const MEASURE_NOUNS =
  'measures?|rules?|regime|controls?|curbs?|restrictions?|licensing|orders?|notices?|announcements?';
