/**
 * Seasons and same-day anchors: "the summer of 2025", "in spring 2024", "this summer",
 * "last winter"; "hours earlier", "later that day". Seasons are the northern hemisphere's
 * meteorological ones (the fact base's stories are Indian and Chinese): spring March–May,
 * summer June–August, autumn/fall September–November, winter December–February.
 */

import { wordTable } from '../collections';
import { addMonths, type DateInterval, dayNumber, monthInterval, ymd } from './dates';
import { defineRule, num } from './temporal-common';
import { THAT_CLAUSE_VERBS } from './temporal-rules-yearless';
import type { AnchorOffset, TemporalRule } from './temporal-types';

const SEASON = '(?<season>spring|summer|autumn|fall|winter)';
const FIRST_MONTH: Readonly<Record<string, number>> = wordTable({
  spring: 3,
  summer: 6,
  autumn: 9,
  fall: 9,
  winter: 12,
});

/** The season of `year` as an interval of whole months (winter runs into the next year). */
export function seasonInterval(season: string, year: number): DateInterval {
  const first = FIRST_MONTH[season.toLowerCase()] ?? 6;
  const start = dayNumber(year, first, 1);
  const last = ymd(addMonths(start, 2));
  return { start, end: monthInterval(last.year, last.month).end, precision: 'range' };
}

/** Season rules; they sit with the dates with a year (absolute) and relative ones. */
export const SEASON_RULES: readonly TemporalRule[] = [
  defineRule({
    name: 'season-year',
    pattern: new RegExp(`\\b(?:the\\s+)?${SEASON}\\s+(?:of\\s+)?(?<year>(?:19|20)\\d{2})\\b`, 'gi'),
    needs: { published: false },
    read(g) {
      const season = (g.season ?? '').toLowerCase();
      const y = num(g, 'year');
      return {
        kind: 'absolute',
        interval: seasonInterval(season, y),
        how: 'a season and year',
        params: { season, year: y },
      };
    },
  }),
  defineRule({
    name: 'season-relative',
    pattern: new RegExp(`\\b(?<rel>this|last|next|earlier this|later this)\\s+${SEASON}\\b`, 'gi'),
    needs: { published: true },
    read(g, { published }) {
      const season = (g.season ?? '').toLowerCase();
      const rel = (g.rel ?? '').toLowerCase();
      const { year } = ymd(published);
      // "this summer" is this year's; "last summer" the latest one ended before publication.
      let iv = seasonInterval(season, year);
      if (rel === 'last') {
        if (iv.end >= published) iv = seasonInterval(season, year - 1);
      } else if (rel === 'next') {
        if (iv.start <= published) iv = seasonInterval(season, year + 1);
      }
      return {
        kind: 'relative',
        interval: iv,
        how: `"${rel} ${season}" relative to publication`,
        params: { season, rel },
      };
    },
  }),
  defineRule({
    // "a standoff that began in May 2020 … The standoff that began that spring": "that <season>"
    // points back, and takes the year written before it, as "that June" does (ADR 0076); none
    // there, no date. Not "fall" (a verb after "that" as often as a season), not "that spring
    // from", and not after a verb that opens a clause ("said that summer was …").
    name: 'that-season',
    pattern: new RegExp(
      `(?<!\\b(?:${THAT_CLAUSE_VERBS})\\s+)\\b[Tt]hat\\s+(?:same\\s+)?(?<season>spring|summer|autumn|winter)\\b(?!\\s+(?:from|up|into|back|to|of)\\b)`,
      'g',
    ),
    needs: { published: false },
    read(g, { thatYear }) {
      if (thatYear === null || thatYear === undefined) return null;
      const season = (g.season ?? '').toLowerCase();
      return {
        kind: 'absolute',
        interval: seasonInterval(season, thatYear),
        how: 'a season of the year written before it',
        params: { season, year: thatYear, yearFrom: 'context' },
      };
    },
  }),
  defineRule({
    name: 'same-day',
    pattern:
      /\b(?<rel>hours|minutes)\s+(?<dir>earlier|later|before|after)\b|\b(?:earlier|later)\s+(?:that|the same)\s+day\b/gi,
    needs: { published: false },
    read(g) {
      const direction = /later|after/i.test(g.dir ?? '') ? 1 : -1;
      const offset: AnchorOffset = { amount: 0, unit: 'day', direction, granularity: 'day' };
      return {
        kind: 'anchored',
        interval: null,
        offset,
        how: 'the same day as the date before it',
        params: { n: 0, unit: 'day', direction },
      };
    },
  }),
];
