/**
 * The period a figure is stated for (ADR 0042, ADR 0081, ADR 0083): the years and months its
 * clause names, less those that belong to another predicate's figure, to a statement ("only in
 * March 2021 admitted that …") or to an event named right after them ("the October 2024
 * understanding"). A figure stated for another period than its record's is not that record's
 * claim (check-quantities.ts gives it `context`).
 */
import type { Fact } from '../facts/schema';
import { allMatches } from '../match/all-matches';
import type { Span } from '../match/sentences';
import { type Checker, firmMention } from './check-common';
import { factInterval, YEAR_WORD } from './dates';
import { periodWordsBeside } from './relative-dates';
import { restatedFigure } from './restated-share';
import { clauseAt } from './ties';
import { compareDates } from './verdict';
import { MONTH_NAMES, monthNumber } from './words';

type Q = NonNullable<Fact['quantity']>;

/**
 * True when the value's clause names a year and none is the year the record measures
 * ("the IEA put the share for 2023 at 62%" beside a record for 2024): another period's figure.
 */
export function otherPeriod(c: Checker, span: Span, q: Q, fact?: Fact): boolean {
  const year = /^\d{4}/.exec(q.asOf ?? '')?.[0];
  if (!year) return false;
  const related = relatedEvents(fact);
  // "China mined 140,000 tons in 2018, about 59% of the world total": a share restating a
  // figure is stated for that figure's period too (ADR 0126).
  const restated = q.unit === 'percent' ? restatedFigure(c, span) : null;
  const words = [span, ...(restated ? [restated] : [])]
    .map((s) => {
      const within = periodWords(c, s);
      return withoutEventDates(c, s, within, periodWordsBeside(c, s, within), related);
    })
    .join(' ');
  // "imports fell 56% … in April–September" beside a record of June: months named as the
  // figure's period, none of them the record's month, make it another period's figure.
  const month = Number(/^\d{4}-(\d{2})/.exec(q.asOf ?? '')?.[1] ?? 0);
  if (month) {
    const named = allMatches(words, PERIOD_MONTH).map((m) => monthNumber(m[1] as string));
    if (named.length && !named.includes(month)) return true;
  }
  // "rose to 390,000 tonnes in 2024 from 376,000 tonnes a year earlier": a year right after the
  // figure is its own, whatever other years its clause names (ADR 0155). (Only ever another
  // period: the record's year there leaves the clause's other years to decide.)
  const own = ownYearAfter(c, span);
  if (own && own !== year) return true;
  // "their first talks since 2019": a year after since/after/before/until bounds a gap or a
  // time, not the period a figure measures.
  const years: string[] =
    words
      .replace(/\b(?:since|after|before|until|till)\s+(?:early\s+|late\s+|mid-?)?(?:19|20)\d{2}\b/gi, ' ')
      .match(YEAR_WORD) ?? [];
  // "which put the share of mining that year at 62%": "that year" is the year named before it in
  // the sentence ("in 2023, according to the IEA, which put …"; ADR 0081).
  const back = years.length ? null : yearReferredBack(c, restated ?? span, words);
  if (back) years.push(back);
  return years.length > 0 && !years.includes(year);
}

/** The events and instruments a quantity's record relates to (its statement, its occasion). */
const relatedEvents = (fact: Fact | undefined): ReadonlySet<string> =>
  new Set((fact?.relations ?? []).map((r) => r.target));

/** A year referred back to ("that year", "the same year"). */
const YEAR_BACK = /\b(?:that|the same|that same)\s+year\b/i;

/**
 * The year "that year" in the figure's period words stands for: the last one named before the
 * figure in its sentence, or else in its paragraph before the sentence ("… 140,000 tons in 2018.
 * That year, China mined about 59% …"; ADR 0126).
 */
function yearReferredBack(c: Checker, span: Span, words: string): string | null {
  if (!YEAR_BACK.test(words)) return null;
  const text = c.input.text;
  const para = c.input.spans
    .paragraphs()
    .find((p) => p.start <= c.sentence.start && c.sentence.start < p.end);
  return (
    text.slice(c.sentence.start, span.start).match(YEAR_WORD)?.at(-1) ??
    (para ? text.slice(para.start, c.sentence.start).match(YEAR_WORD)?.at(-1) : null) ??
    null
  );
}

/**
 * A figure's own year, right after it: "376,000 tonnes in 2023", or a year counted back from the
 * last one named before it in the sentence ("390,000 tonnes in 2024 from 376,000 tonnes a year
 * earlier": 2023; not "a year ago", counted from the day of writing). Null when none follows.
 */
const OWN_YEAR_AFTER =
  /^\s*(?:in\s+((?:19|20)\d{2})\b(?!\s*[-–]\s*\d)|((?:a|one)\s+year\s+(?:earlier|before)|the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before)\b)/i;

function ownYearAfter(c: Checker, span: Span): string | null {
  const text = c.input.text;
  const m = OWN_YEAR_AFTER.exec(text.slice(span.end, Math.min(c.sentence.end, span.end + 30)));
  if (!m) return null;
  if (m[1]) return m[1];
  const last = text.slice(c.sentence.start, span.start).match(YEAR_WORD)?.at(-1);
  return last ? String(Number(last) - 1) : null;
}

/** An event's words this many characters after a date make the date theirs ("the October 2024 understanding"). */
const EVENT_DATE_GAP_CHARS = 2;

/**
 * `words` (the text of `within` less the figure at `span`, as periodWordsBeside gives it) with each date blanked that stands right before
 * the words of an event or instrument the sentence names firmly and that agrees with its record
 * ("patrolling along the 2,100-km LAC, after the October 2024 understanding on patrolling": the
 * year dates the understanding, not the length; ADR 0083).
 */
function withoutEventDates(
  c: Checker,
  span: Span,
  within: Span,
  words: string,
  related: ReadonlySet<string> = new Set(),
): string {
  let out = words;
  for (const x of c.expressions ?? []) {
    if (x.start < within.start || x.end > within.end || !x.interval) continue;
    if (x.start < span.end && span.start < x.end) continue;
    const iv = x.interval;
    const dated = c.mentions.some((m) => {
      if ((m.fact.kind !== 'event' && m.fact.kind !== 'instrument') || !firmMention(m) || !m.fact.date)
        return false;
      const record = factInterval(m.fact.date);
      return (
        record !== null &&
        compareDates(iv, record).agrees &&
        (m.positions.some((p) => p >= x.end && p - x.end <= EVENT_DATE_GAP_CHARS) ||
          // "China acknowledged nine deaths on its side in February 2021": the date of the
          // acknowledgement the record's count is of, cued in the clause (ADR 0108).
          (related.has(m.fact.id) && m.positions.some((p) => p >= within.start && p < within.end)))
      );
    });
    if (dated) {
      const at = x.start - within.start - (x.start >= span.end ? span.end - span.start : 0);
      out = out.slice(0, at) + ' '.repeat(x.end - x.start) + out.slice(at + x.end - x.start);
    }
  }
  return out;
}

/** A verb of stating and its "that" ("only in March 2021 admitted that"): what came before dates the statement. */
const STATED_THAT =
  /\b(?:said|says|admitted|admits|acknowledged|acknowledges|conceded|concedes|confirmed|confirms|disclosed|revealed|reported|announced|stated)\b[^,;.]{0,40}?\bthat\b/gi;

const ANOTHER_PREDICATE = /[,;]|\b(?:yet|but|while|whereas|and)\b/i;

/**
 * The words of the figure's clause that may name its period (ADR 0042): not past another figure
 * of the clause ("holds 6.9 million tonnes of reserves, … yet mined 2,900 tonnes in 2024": the
 * year is the output's), nor before a verb of stating whose "that" the figure follows ("only in
 * March 2021 admitted that four soldiers had been killed": the date is the admission's).
 */
function periodWords(c: Checker, span: Span): Span {
  const clause = clauseAt(c.input.text, c.sentence, span.start);
  const text = c.input.text;
  // Another predicate's figure: a comma or a conjunction between ("fell 56% … to 16,281 tonnes in
  // April–September" is one predicate, and its period is both figures').
  const others = (c.numbers ?? []).filter(
    (n) =>
      n.start >= clause.start &&
      n.end <= clause.end &&
      (n.end <= span.start || n.start >= span.end) &&
      ANOTHER_PREDICATE.test(text.slice(Math.min(n.end, span.end), Math.max(n.start, span.start))),
  );
  // The words after another predicate's figure up to the break between them are that figure's
  // ("mined just 2,900 tonnes in 2024, despite reserves put at 6.9 million tonnes": the year is
  // the output's); so are those from the break to a later figure (ADR 0083).
  let start = Math.max(
    clause.start,
    ...others.filter((n) => n.end <= span.start).map((n) => breakAfter(text, n.end, span.start)),
  );
  const end = Math.min(
    clause.end,
    ...others.filter((n) => n.start >= span.end).map((n) => breakBefore(text, span.end, n.start)),
  );
  for (const m of allMatches(text.slice(start, span.start), STATED_THAT))
    start = Math.max(start, start + m.index + m[0].length);
  return { start, end };
}

const PREDICATE_BREAK = new RegExp(ANOTHER_PREDICATE.source, 'gi');

/** The end of the last predicate break in `text[from, to)` (`from` when there is none). */
function breakAfter(text: string, from: number, to: number): number {
  const last = allMatches(text.slice(from, to), PREDICATE_BREAK).at(-1);
  return last ? from + last.index + last[0].length : from;
}

/** The start of the first predicate break in `text[from, to)` (`to` when there is none). */
function breakBefore(text: string, from: number, to: number): number {
  const first = allMatches(text.slice(from, to), PREDICATE_BREAK)[0];
  return first ? from + first.index : to;
}

/** A month named as a period: after in, by, between, from, through, during, and, to, or a range's dash (not "than in"). */
const PERIOD_MONTH = new RegExp(
  `(?<!\\bthan\\s+)(?:\\b(?:in|by|between|from|through|during|and|to)\\s+|[–-])(${MONTH_NAMES})\\b`,
  'gi',
);
