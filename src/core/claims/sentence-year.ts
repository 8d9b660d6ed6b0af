/**
 * The year a date written without one takes from its own sentence (ADR 0133): the year of the
 * last month (or day of a month) written with its year before it ("on the night of June 15-16,
 * 2020, … a brawl … on May 5"). A gap's start is the exception: "the first Special
 * Representatives meeting since December 2019, … the completion of disengagement on Oct. 30"
 * counts a gap back to December 2019 from a present the sentence tells; its year is no year of
 * what the sentence goes on to tell when the sentence dates something of its own in another year
 * ("today", "on Friday", "in 2024"). Then the loan passes to a dated year before the gap's start,
 * else to the paragraph's. A date in a "when" clause on the start ("since May 2020, when …
 * on May 5") still takes the start's year, and so does any year-less date of a sentence whose
 * only dates are the gap's start and such dates: nothing tells another year.
 */
import { MONTH_PATTERN, monthNumber } from './words';

/** A month (with or without its day or days) followed by its year: "June 15-16, 2020", "15 June 2020", "May 2020". */
const DATED_YEAR = new RegExp(
  `(?:\\b\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+${MONTH_PATTERN}\\.?|${MONTH_PATTERN}\\.?(?:\\s+\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?)?),?\\s+((?:19|20)\\d{2})\\b`,
  'gi',
);

/** A month with its year in a sentence: its year and where it stands. */
export interface DatedYear {
  readonly year: number;
  /** Its month (1–12), or 0 where not read: the dates sentenceYear's `otherYears` gives. */
  readonly month: number;
  readonly start: number;
  readonly end: number;
}

/** Every month-with-its-year of `text`, in order. */
export function datedYears(text: string): DatedYear[] {
  const out: DatedYear[] = [];
  DATED_YEAR.lastIndex = 0;
  for (let m = DATED_YEAR.exec(text); m; m = DATED_YEAR.exec(text))
    out.push({
      year: Number(m[3]),
      month: monthNumber(m[1] ?? m[2] ?? ''),
      start: m.index,
      end: m.index + m[0].length,
    });
  return out;
}

/** "since", "ever since", "since early/mid/late" right before a date: the start of a gap up to now. */
const GAP_START_BEFORE = /\bsince\s+(?:(?:early|late|mid)[-\s]+)?$/i;

/** A clause on the gap's start that tells its own moment: "since May 2020, when …". */
const ON_THE_START = /^\s*,?\s*(?:when|during\s+which)\b/i;

/** True when the date at `d` in `slice` opens a gap up to now ("since December 2019"). */
const isGapStart = (slice: string, d: DatedYear): boolean => GAP_START_BEFORE.test(slice.slice(0, d.start));

/**
 * The year a year-less date at offset `at` of the sentence `slice`, naming `month` (0: none), takes
 * from the sentence, or null (the paragraph's then). `otherYears` gives the years of the sentence's
 * dates read on their own (written with a year, or counted from publication), asked only when a
 * gap's start would lend. A gap's start lends no year
 * - to a month earlier in the year than its own: told after "since June 2024", "a partial
 *   reopening in March" is no March before the gap began;
 * - when the sentence tells another year on its own ("… today, the first meeting since December
 *   2019, follow the Kazan summit in October").
 */
export function sentenceYear(
  slice: string,
  at: number,
  month: number,
  otherYears: () => readonly DatedYear[],
): number | null {
  const before = datedYears(slice.slice(0, at));
  for (let i = before.length - 1; i >= 0; i--) {
    const d = before[i] as DatedYear;
    if (!isGapStart(slice, d) || ON_THE_START.test(slice.slice(d.end, at))) return d.year;
    if (month > 0 && d.month > 0 && month < d.month) continue;
    const others = otherYears().filter((o) => o.start !== d.start && o.year !== d.year);
    if (!others.length) return d.year;
  }
  return null;
}
