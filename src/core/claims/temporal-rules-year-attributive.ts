/**
 * A year as an attribute of a noun phrase (issue #7, round rec21): "the 2020 clash", "a deadly
 * 2020 border clash", "the 2024 agreement", "their 2019 meeting". In English a determiner, up to
 * two adjectives or noun modifiers, then a year, then the head noun: the year says which one of
 * its kind the phrase names, as "the April regime" says which regime. Like a month in that place
 * (`month-attributive`) it can confirm the year of the event the phrase names but is no claim
 * against another (expressions.ts): "the 2017 standoff" beside the 2020 one names another.
 */
import { yearInterval } from './dates';
import { capitalisable, defineRule, num, plausibleYear } from './temporal-common';
import type { TemporalRule } from './temporal-types';

/** Words that cannot follow the year in a noun phrase: a new clause or phrase starts there. */
const NOT_A_HEAD =
  'and|or|to|of|in|on|at|by|for|from|with|as|was|were|is|are|had|has|have|that|which|when|after|before|since|until|through|than';

export const YEAR_ATTRIBUTIVE_RULES: readonly TemporalRule[] = [
  defineRule({
    name: 'year-attributive',
    pattern: new RegExp(
      `(?=(?:19|20)\\d\\d)(?<=\\b(?:${capitalisable(['the', 'a', 'an', 'its', 'their', 'this', 'that'])})\\s+(?:(?!year\\b)[a-z][a-z-]*\\s+){0,2})(?<year>(?:19|20)(?!00)\\d{2})(?=\\s+[A-Za-z])(?!\\s+(?:${NOT_A_HEAD})\\b)`,
      'g',
    ),
    needs: { published: false },
    read(g) {
      const y = num(g, 'year');
      return plausibleYear(y)
        ? { kind: 'absolute', interval: yearInterval(y), how: 'a year naming which one', params: { year: y } }
        : null;
    },
  }),
  // "2024's Announcement No. 46", "stem from 2024's ban": a year in the possessive names which one
  // as well; a preposition before it governs the noun phrase, so it bounds nothing (ADR 0071).
  defineRule({
    name: 'year-possessive',
    pattern: /(?<![\w.,-])(?<year>(?:19|20)(?!00)\d{2})(?=[’']s\s+[A-Za-z])/g,
    needs: { published: false },
    read(g) {
      const y = num(g, 'year');
      return plausibleYear(y)
        ? {
            kind: 'absolute',
            interval: yearInterval(y),
            how: 'a year naming which one',
            params: { year: y },
            bound: null,
          }
        : null;
    },
  }),
];
