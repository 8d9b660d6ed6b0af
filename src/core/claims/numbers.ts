/**
 * Finds figures in a sentence: percentages ("roughly 70 per cent", "70%", "69 percent"),
 * tonnages ("390,000 tonnes", "2.7 lakh t"), distances ("3,488 km") and head counts
 * ("20 soldiers"), with the qualifier that says how exact they are.
 */

import { wordTable } from '../collections';
import type { QuantityUnit } from '../facts/schema';
import type { Span } from '../match/sentences';
import { sharedUnitRules, TONNES } from './shared-unit';
import { type Comparator, comparatorOf, parseNumberWord, QUALIFIER_PATTERN } from './words';

export interface NumberExpression {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
  readonly unit: QuantityUnit;
  readonly comparator: Comparator;
}

const Q = `(?:${QUALIFIER_PATTERN}\\s+)?`;
/**
 * Digits, or a number word a news sentence spells out ("four soldiers", "Twenty soldiers",
 * "thirty-two soldiers"). A word is whole: never the "two" of "thirty-two" (ADR 0100).
 */
const NUM =
  '(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?<![\\w-])(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?![\\w-]))';
/** Digits only: a spelled-out percentage or tonnage is rare, and "one per cent" is not worth the noise. */
const DIGITS = '(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)';
/** Things counted in news (applications, firms): a figure's unit when a count fact is nearby. */
const COUNTED =
  '(?:applications|firms|companies|licen[cs]es|permits|approvals|requests|batches|pilgrims|flights|rounds|points|patrols)';
/** Words that end a figure's noun phrase ("Oct. 30 that some companies …" counts nothing). */
const NOT_MODIFIER =
  '(?:that|which|who|whom|the|a|an|of|to|in|on|at|for|and|or|but|was|were|is|are|had|has|have|said|says|after|before|since)\\b';
const SCALE = '(?:\\s*(million|mn|thousand|lakh|crore|billion|bn))?';

const MULTIPLIER: Readonly<Record<string, number>> = wordTable({
  million: 1e6,
  mn: 1e6,
  thousand: 1e3,
  lakh: 1e5,
  crore: 1e7,
  billion: 1e9,
  bn: 1e9,
});

/** What a head count counts. */
const PEOPLE =
  '(?:soldiers|troops|people|pilgrims|yatris|personnel|students|applicants|deaths|dead|casualties|fatalities|lives)';

/** The verbs of a draw or a selection, whose subject a bare count can be ("750 were picked"). */
const SELECTED = 'selected|picked|chosen|shortlisted';

/** A fate that makes "N of them" a head count of the dead ("lost their lives", "were killed", "died"). */
const FATE = '(?:lost\\s+their\\s+lives|were\\s+killed|died)';

/** What a percentage, a distance, a tonnage's figure end with (each rule's own words, below). */
const PERCENT = '(?:%|per\\s?cent\\b|percent\\b|pc\\b)';
const KM = '(?:km|kilometres|kilometers|kilometre|kilometer)\\b';

/**
 * The rules, each with a word its every match holds (ADR 0048, round 18): where that is not in the
 * sentence the rule cannot match and is not run, so a woken worker's first page compiles fewer patterns.
 */
const RULES: [RegExp, QuantityUnit, RegExp][] = [
  [new RegExp(`${Q}${DIGITS}\\s*${PERCENT}`, 'gi'), 'percent', new RegExp(PERCENT, 'i')],
  [new RegExp(`${Q}${DIGITS}${SCALE}\\s*${TONNES}`, 'gi'), 'tonnes', /\d/],
  [new RegExp(`${Q}${NUM}${SCALE}\\s*(?:-|\\s)?${KM}`, 'gi'), 'km', new RegExp(KM, 'i')],
  [
    new RegExp(
      `${Q}${NUM}${SCALE}\\s+(?:of\\s+(?:its|their|the|his|her)\\s+)?(?:[\\w-]+\\s+){0,2}?${PEOPLE}\\b`,
      'gi',
    ),
    'people',
    new RegExp(`${PEOPLE}\\b`, 'i'),
  ],
  // "six of whom lost their lives", "Three of them were killed": a part counted by its fate, the
  // people it counts named before it (ADR 0114).
  [
    new RegExp(`${Q}${NUM}\\s+of\\s+(?:them|whom)(?=\\s+(?:${FATE})\\b)`, 'gi'),
    'people',
    /of\s+(?:them|whom)\b/i,
  ],
  // "Of the 5,561 people who applied, 750 were picked": a count whose noun is the selection verb's
  // subject left unsaid, read as people when the verb of a draw follows it (ADR 0151).
  [
    new RegExp(`${Q}${NUM}(?=\\s+(?:were|had\\s+been|have\\s+been)\\s+(?:${SELECTED})\\b)`, 'gi'),
    'people',
    new RegExp(`(?:${SELECTED})\\b`, 'i'),
  ],
  // "20 Indian and four Chinese soldiers": the first count shares the noun of the second.
  [
    new RegExp(`${Q}${NUM}\\s+[\\w-]+(?=\\s+and\\s+${Q}${NUM}\\s+(?:[\\w-]+\\s+){0,2}?${PEOPLE}\\b)`, 'gi'),
    'people',
    new RegExp(`${PEOPLE}\\b`, 'i'),
  ],
  // "about 30 other Indian applications": up to two words between the figure and what it counts.
  [
    new RegExp(`${Q}${NUM}\\s+(?:(?!${NOT_MODIFIER})[\\w-]+\\s+){0,2}?${COUNTED}\\b`, 'gi'),
    'count',
    new RegExp(`${COUNTED}\\b`, 'i'),
  ],
  // "270,000 of 390,000 tonnes", "… of a world total of 390,000": a unit said once for two figures.
  ...sharedUnitRules(Q, DIGITS, SCALE),
];

/**
 * A share said as a fraction (ADR 0151): "roughly half of world output", "two-thirds of the
 * supply", "nine in ten magnets", "it refines six in ten". Half, thirds and quarters only before
 * "of" (not "half a year", "cut by half"); tenths ("N in ten", "N out of ten") anywhere.
 */
const FRACTION = new RegExp(
  `${Q}(?<![\\w-])(?:(half|a\\s+third|one[-\\s]third|two[-\\s]thirds|a\\s+quarter|one[-\\s]quarter|three[-\\s]quarters)(?=\\s+of\\s)|(one|two|three|four|five|six|seven|eight|nine)\\s+(?:in|out\\s+of)\\s+(?:ten|10)\\b)`,
  'gi',
);
const FRACTION_VALUE: Readonly<Record<string, number>> = {
  half: 50,
  third: 100 / 3,
  thirds: 200 / 3,
  quarter: 25,
  quarters: 75,
};

/** The figures a fraction's words give, as percentages. */
function fractions(span: Span, slice: string): NumberExpression[] {
  if (!/\b(?:half|thirds?|quarters?|ten|10)\b/i.test(slice)) return [];
  const out: NumberExpression[] = [];
  FRACTION.lastIndex = 0;
  for (let m = FRACTION.exec(slice); m; m = FRACTION.exec(slice)) {
    const value = m[2]
      ? (FRACTION_VALUE[(/(half|thirds?|quarters?)$/i.exec(m[2])?.[1] ?? '').toLowerCase()] ?? Number.NaN)
      : parseNumberWord(m[3] as string) * 10;
    if (!Number.isFinite(value)) continue;
    const said = comparatorOf(m[1]);
    const start = span.start + m.index;
    out.push({
      start,
      end: start + m[0].length,
      text: m[0],
      value,
      unit: 'percent',
      comparator: said === 'about' || said === 'exact' ? 'fraction' : said,
    });
  }
  return out;
}

/** Finds the figures of `span` in `text`, in order, never overlapping. */
export function findNumbers(text: string, span: Span): NumberExpression[] {
  const slice = text.slice(span.start, span.end);
  const out: NumberExpression[] = [];
  for (const [pattern, unit, needs] of RULES) {
    if (!needs.test(slice)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      const start = span.start + m.index;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && o.start < end)) continue;
      const base = parseNumberWord(m[2] as string);
      const scale = m[3] ? (MULTIPLIER[m[3].toLowerCase()] ?? 1) : 1;
      if (!Number.isFinite(base)) continue;
      out.push({ start, end, text: m[0], value: base * scale, unit, comparator: comparatorOf(m[1]) });
    }
  }
  for (const f of fractions(span, slice))
    if (!out.some((o) => f.start < o.end && o.start < f.end)) out.push(f);
  return out.sort((a, b) => a.start - b.start);
}

/** The figure rules' patterns and the word each needs, for tests. */
export const NUMBER_RULES: readonly (readonly [RegExp, QuantityUnit, RegExp])[] = RULES;
