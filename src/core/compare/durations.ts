/**
 * A length of time in hours and minutes, as minutes (ADR 0022, round 21): "the talks lasted about
 * an hour and 40 minutes" and "the meeting ran to roughly 100 minutes" give one length, as "an
 * hour and forty minutes" does; a reader converts without thinking, and two versions of one story
 * write it either way. Applied to the lower-cased text before it is cut into words (tokens.ts).
 */
import { NUMBER_WORDS } from './lexicon';

const COUNT = String.raw`(\d{1,3}|[a-z]+(?:-[a-z]+)?)`;
/** "an hour and 40 minutes", "one hour 40 minutes", "two hours and forty minutes". */
const HOURS_MINUTES = new RegExp(
  String.raw`\b(an?|${COUNT.slice(1, -1)})\s+hours?\s+(?:and\s+)?${COUNT}\s+minutes?\b`,
  'g',
);

/** A count written in figures or words ("40", "forty", "forty-five"); NaN when it is neither. */
function countOf(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  if (word === 'a' || word === 'an') return 1;
  const parts = word.split('-');
  let n = 0;
  for (const p of parts) {
    const v = NUMBER_WORDS[p];
    if (v === undefined) return Number.NaN;
    n += v;
  }
  return n;
}

/** `text` (lower case) with each length in hours and minutes written as minutes ("100 minutes"). */
export function hoursAsMinutes(text: string): string {
  if (!text.includes('hour')) return text;
  return text.replace(HOURS_MINUTES, (all, h: string, m: string) => {
    const hours = countOf(h);
    const minutes = countOf(m);
    return Number.isFinite(hours) && Number.isFinite(minutes) && minutes < 60
      ? `${hours * 60 + minutes} minutes`
      : all;
  });
}
