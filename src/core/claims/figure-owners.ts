/**
 * Which figure a quantity's words measure, and when a figure is not a recorded quantity at all:
 * the guards check-quantities.ts applies before it calls a figure wrong (another figure nearer
 * the measure's words, another clause's cue, another country's figure, a change beside a share,
 * time elapsed or left, a value as it stands before the change the record is of).
 */

import type { Fact } from '../facts/schema';
import { allMatches } from '../match/all-matches';
import type { Span } from '../match/sentences';
import { type Checker, firmMention } from './check-common';
import { parsePartialDate } from './dates';
import { measureOfRelativeFigure } from './figure-relative';
import type { Mention } from './mentions';
import type { NumberExpression } from './numbers';
import { acrossSemicolon, clauseAt, distanceTo, someCueGroup } from './ties';
import { compareQuantity } from './verdict';
import { CARDINAL_WORDS } from './words';

type Q = NonNullable<Fact['quantity']>;

/** A quantity's keyword this close to a figure in its clause names the figure's measure. */
export const MEASURE_BESIDE_CHARS = 40;

/** A candidate's own words this many times nearer another figure measure that figure. */
export const OWN_WORDS_RATIO = 2;

/**
 * Where a gap is tied from: "… for the first time since 2019": "since" opens a clause for
 * dates, and a gap belongs to the words before it (the character before the value).
 */
export function gapAnchor(c: Checker, span: Span): Span {
  const opens = /^(?:since|after|before|until)\b/i.test(c.input.text.slice(span.start, span.end));
  return opens ? { start: Math.max(c.sentence.start, span.start - 1), end: span.end } : span;
}

/**
 * True when at most one of a cue's words is in the value's clause and another figure of the
 * sentence, of the cue's unit, has at least two of them in its own clause: the cue measures that figure.
 */
export function cueOfAnotherFigure(c: Checker, span: Span, m: Mention): boolean {
  const inClause = (clause: Span) =>
    new Set(m.positions.filter((p) => p >= clause.start && p < clause.end)).size;
  const own = clauseAt(c.input.text, c.sentence, span.start);
  if (inClause(own) > 1) return false;
  const unit = m.fact.quantity?.unit;
  return (c.numbers ?? []).some((n) => {
    // "Its mine output reached 170,000 tonnes …, and it accounts for 90 percent of refined
    // output": a cue measures only a figure of its own unit.
    if (n.start === span.start || n.unit !== unit) return false;
    // "6.9 million tons of reserves …, yet it mined only 29,000 tons": a figure that agrees with
    // another quantity of the sentence is that quantity's, not the cue's (unless it agrees with
    // the cue's own too: "… and of magnet manufacturing at 94%" fits refining's 92 ± 3 as well).
    if (
      agreesWithAnother(c, n, m) &&
      !(m.fact.quantity && compareQuantity(n.value, n.comparator, n.unit, m.fact.quantity).agrees)
    )
      return false;
    // "… on refining, at about 90%, or on magnet making, where it accounts for roughly 84%": the
    // relative clause gives the noun its figure; the one before is not the cue's (ADR 0168).
    if (measureOfRelativeFigure(c.input.text, c.sentence, n, n.unit, c.numbers ?? [], m)) return false;
    const other = clauseAt(c.input.text, c.sentence, n.start);
    return other.start !== own.start && inClause(other) >= 2;
  });
}

/** True when figure `n` agrees with a quantity of the sentence other than `m`'s. */
function agreesWithAnother(c: Checker, n: NumberExpression, m: Mention): boolean {
  return c.mentions.some(
    (o) =>
      o.fact.id !== m.fact.id &&
      o.fact.quantity?.unit === n.unit &&
      compareQuantity(n.value, n.comparator, n.unit, o.fact.quantity).agrees,
  );
}

/** True when the value's clause firmly mentions an event or instrument that `gap` (a quantity) is not about. */
export function otherEventInClause(c: Checker, span: Span, gap: Mention): boolean {
  const clause = clauseAt(c.input.text, c.sentence, gapAnchor(c, span).start);
  const own = new Set(gap.positions);
  return c.mentions.some(
    (m) =>
      (m.fact.kind === 'event' || m.fact.kind === 'instrument') &&
      firmMention(m) &&
      !(m.fact.relations ?? []).some((r) => r.target === gap.fact.id) &&
      m.positions.some((p) => p >= clause.start && p < clause.end && !own.has(p)),
  );
}

/** A figure in digits or words. */
const FIGURE_WORD = new RegExp(`\\d|\\b(?:${Object.keys(CARDINAL_WORDS).join('|')})\\b`, 'i');
/** The words of `span` with the sentence's dates blanked ("until Nov 10, 2026" holds no figure). */
function withoutDates(c: Checker, span: Span): string {
  let words = c.input.text.slice(span.start, span.end);
  for (const x of c.expressions ?? [])
    if (x.start >= span.start && x.end <= span.end)
      words =
        words.slice(0, x.start - span.start) + ' '.repeat(x.end - x.start) + words.slice(x.end - span.start);
  return words;
}

/** Nouns that name who or what is counted, not the measure ("five soldiers", "12 officers"). */
const COUNTED_NOUN = /^(?:soldiers|troops|personnel|people|officers|men|jawans|servicemen)\b/i;

/**
 * "named five soldiers honoured …; four were killed": a cue group whose words are all across a
 * semicolon from the figure (the other independent clause) does not measure it.
 */
export function cueGroupAcrossSemicolon(c: Checker, span: Span, m: Mention): boolean {
  const text = c.input.text;
  return someCueGroup(
    m,
    c.sentence,
    // …and sit with a figure of their own there ("four were killed").
    (p) => acrossSemicolon(text, p, span) && FIGURE_WORD.test(withoutDates(c, clauseAt(text, c.sentence, p))),
    // The figure's own noun names the counted, not the measure ("five soldiers"), unless it is
    // the measure itself ("nine deaths").
    (p) => p < span.start || p >= span.end || !COUNTED_NOUN.test(text.slice(p, p + 12)),
  );
}

/** Words that give a value as it stands at the time of writing ("currently 20%", "now at 20%"). */
const AS_IT_STANDS = /\b(?:currently|presently|at present|as of now|as things stand|as it stands)\b/i;

/** True when the value's clause gives it as it stands now. */
export function asItStands(c: Checker, span: Span): boolean {
  const clause = clauseAt(c.input.text, c.sentence, span.start);
  return AS_IT_STANDS.test(c.input.text.slice(clause.start, clause.end));
}

/** True when the record measures its quantity as of a time that starts after publication. */
export function measuredAfter(q: Q, published: number | null): boolean {
  const asOf = q.asOf ? parsePartialDate(q.asOf) : null;
  return published !== null && asOf !== null && asOf.start > published;
}

/**
 * True when `m` has words in the sentence that `other` lacks and every one of them is nearer
 * another figure of the sentence (`OWN_WORDS_RATIO` times) than `span`: those words measure that figure.
 */
export function ownWordsAtAnotherFigure(c: Checker, span: Span, m: Mention, other: Mention): boolean {
  const shared = new Set(other.positions);
  const own = m.positions.filter((p) => !shared.has(p) && p >= c.sentence.start && p < c.sentence.end);
  const others = (c.numbers ?? []).filter(
    (n) => n.start !== span.start && n.start >= c.sentence.start && n.end <= c.sentence.end,
  );
  return (
    own.length > 0 &&
    others.length > 0 &&
    own.every((p) => others.some((n) => OWN_WORDS_RATIO * distanceTo(p, n) < distanceTo(p, span)))
  );
}

/** After a share ("69 percent of", "a third of"): the words that follow name the whole it is a share of. */
const SHARE_OF =
  /^\s*(?:%|per\s?cent|percent)?\s+of\s+(?:the\s+|the\s+world['’]s\s+|its\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;

/**
 * True when every word the mention was found by in the sentence stands in the "of" phrase of
 * another figure's share ("It mined about 270,000 tons in 2024, around 69 percent of global mine
 * output": "global" is the whole the 69 percent is taken of, no word of the tonnage's measure).
 * Only the share's own words: a candidate found by any word elsewhere is not concerned.
 */
export function wordsOfAnotherShare(c: Checker, span: Span, m: Mention): boolean {
  const own = m.positions.filter((p) => p >= c.sentence.start && p < c.sentence.end);
  const shares = (c.numbers ?? []).filter(
    (n) =>
      n.start !== span.start &&
      n.unit === 'percent' &&
      n.start >= c.sentence.start &&
      n.end <= c.sentence.end,
  );
  return (
    own.length > 0 &&
    own.every((p) => shares.some((n) => n.end <= p && SHARE_OF.test(c.input.text.slice(n.end, p))))
  );
}

/**
 * True when one of the mention's words stands right before the value, nothing between
 * ("refines roughly 92% of the world's supply", "makes about 94% of the magnets"): the verb
 * whose object the figure is names its measure, not a word of the phrase after it.
 */
export function governs(c: Checker, span: Span, m: Mention): boolean {
  return m.positions.some(
    (p) => p < span.start && /^[\p{L}'’-]+\s+$/u.test(c.input.text.slice(p, span.start)),
  );
}

/** True when `n` lies strictly between offset `at` and `span`. */
export const between = (n: Span, at: number, span: Span) =>
  at < span.start ? n.start >= at && n.end <= span.start : n.start >= span.end && n.end <= at;

/** Verbs right before a percentage that make it a change ("fell 56%", "down 20%", "rose by 8%"). */
export const CHANGE_BEFORE =
  /\b(?:rose|rise|rises|rising|fell|fall|falls|falling|dropped|drops?|declined|declines?|plunged|slumped|jumped|surged|grew|grows|increased|decreased|down|up|cut|slashed)(?:\s+by)?\s+(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+|around\s+)?$/i;

/** Measures that are themselves changes ("58% lower than in January", "a drop of …"). */
export const CHANGE_MEASURE =
  /\b(?:drop|fall|fell|decline|lower|higher|rise|increase|decrease|cut|change|down|up from|compared|year on year|year-on-year)\b/i;

/**
 * Words right after a percentage that make it a change ("56% less than a year earlier", "58%
 * lower", "20 per cent up on last year"): the difference between two levels, not a level (ADR 0113).
 */
export const CHANGE_AFTER = /^\s*(?:less|lower|fewer|more|higher|below|above|down|up)\b/i;

export const changeFigure = (text: string, span: Span) =>
  CHANGE_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start)) ||
  CHANGE_AFTER.test(text.slice(span.end, span.end + 12));

/** Country names and the words that stand for them, each to one key. */
const COUNTRIES: readonly [string, RegExp][] = [
  ['india', /\b(?:India|India['’]s|Indian|New Delhi)\b/],
  ['china', /\b(?:China|China['’]s|Chinese|Beijing)\b/],
  // ("U.S." ends in a full stop, after which no word boundary is found before a space; not the
  // "U.S. Geological Survey", a source, nor any name it starts.)
  ['us', /\b(?:U\.S\.(?!\w)(?!\s+[A-Z])|(?:US|United States|America|American|Washington)\b)/],
  ['brazil', /\bBrazil(?:['’]s|ian)?\b/],
  ['australia', /\bAustralia(?:['’]s|n)?\b/],
  ['myanmar', /\bMyanmar(?:['’]s)?\b/],
  ['vietnam', /\bVietnam(?:['’]s|ese)?\b/],
  ['russia', /\bRussia(?:['’]s|n)?\b/],
];

/** A phrase set off by commas ("5,561" keeps its comma: a comma before a space only). */
const SET_OFF = /,\s[^,;:]*,(?=\s)/g;

/** The countries `words` name, by name, demonym or capital. */
export const countriesIn = (words: string) => COUNTRIES.filter(([, re]) => re.test(words)).map(([k]) => k);

/**
 * The figure's own country: the last one named in its clause before it, within a few words
 * ("China holds 44 million tonnes"); null when none is.
 */
export function figureCountry(c: Checker, span: Span): string | null {
  const clause = clauseAt(c.input.text, c.sentence, span.start);
  // "The U.S., the second-largest producer, mined 45,000 tons": an aside set off by commas
  // between the subject and its verb does not push the subject out of reach (ADR 0072).
  const words = c.input.text.slice(clause.start, span.start).replace(SET_OFF, ' ');
  const before = words.slice(Math.max(0, words.length - 40));
  let last: { key: string; at: number } | null = null;
  for (const [key, re] of COUNTRIES) {
    const g = new RegExp(re.source, 'g');
    for (let m = g.exec(before); m; m = g.exec(before))
      if (!last || m.index > last.at) last = { key, at: m.index };
  }
  return last?.key ?? null;
}

/**
 * True when the figure's own country (`figureCountry`) is not the fact's (the countries its
 * title names): "China holds 44 million tonnes".
 */
export function otherCountry(c: Checker, span: Span, fact: Fact): boolean {
  const own = countriesIn(fact.title);
  if (own.length !== 1) return false;
  const key = figureCountry(c, span);
  return key !== null && key !== own[0];
}

/** Words after a span that make it time elapsed or left ("seven months on", "… of certainty", "five months from now"). */
const ELAPSED_AFTER =
  /^\s*(?:on\b(?=\s*(?:[,.;:)—–]|$|and\b|but\b))|now\b|from (?:now|today)\b|hence\b|away\b|so far\b|(?:still )?to (?:go|run)\b|left\b|remaining\b|of certainty\b|of (?:breathing )?room\b)/i;

/** Words before a span that make it time left ("leaving exporters about five months"). */
const LEFT_BEFORE =
  /\b(?:leaving|leaves|left|remaining|remains|another|still has|still have|with just|with only)\s+(?:[\w'’-]+\s+){0,2}$/i;

/**
 * A length of time as the subject of "remain" or "be left" ("Some nine months remain before the
 * pause expires", "two weeks are left until …"): time still left, as "nine months remaining" is
 * (ADR 0168). Not the object of a preposition ("a pause of six months remains in force": the pause remains).
 */
const REMAIN_AFTER = /^\s*(?:still\s+)?(?:remain(?:s|ed)?\b|(?:is|are|was|were)\s+(?:still\s+)?left\b)/i;
const PREPOSITION_BEFORE =
  /\b(?:of|for|over|in|within|after|before|by|to|than|from|about|lasting|during|under|through)\s+$/i;

export const elapsedOrLeft = (text: string, e: Span) =>
  ELAPSED_AFTER.test(text.slice(e.end, e.end + 24)) ||
  LEFT_BEFORE.test(text.slice(Math.max(0, e.start - 40), e.start)) ||
  (REMAIN_AFTER.test(text.slice(e.end, e.end + 24)) &&
    !PREPOSITION_BEFORE.test(text.slice(Math.max(0, e.start - 16), e.start)));

/** True when another figure of the sentence agrees with `m`'s quantity and `m`'s words sit nearer it. */
export function agreeingFigureNearer(c: Checker, span: Span, unit: string, m: Mention): boolean {
  const q = m.fact.quantity;
  if (!q) return false;
  const own = m.positions.filter((p) => p >= c.sentence.start && p < c.sentence.end);
  const nearest = (s: Span) => Math.min(Number.POSITIVE_INFINITY, ...own.map((p) => distanceTo(p, s)));
  // "a six-month waiver …, where China agreed to a one-year pause": durations compete as figures do.
  const durations =
    unit === 'years'
      ? (c.expressions ?? []).flatMap((x) =>
          x.duration
            ? [{ start: x.start, end: x.end, value: x.duration.years, comparator: x.duration.comparator }]
            : [],
        )
      : [];
  // "put the October measures on hold for three years, while the US side would … pause for a year
  // its affiliates rule": where the measure's words stand in the value's own clause, a figure of a
  // contrasting clause (while, whereas: another subject's act) is that clause's (ADR 0042 round 22).
  // Not a clause of time or cause ("fell 56%, after shipments … had slumped 58%": the same measure).
  const clause = clauseAt(c.input.text, c.sentence, span.start);
  const ownHere = own.some((p) => p >= clause.start && p < clause.end);
  const contrasting = (n: Span) => {
    const other = clauseAt(c.input.text, c.sentence, n.start);
    return other.start !== clause.start && /^(?:while|whereas)\b/i.test(c.input.text.slice(other.start));
  };
  return [...(c.numbers ?? []), ...durations].some(
    (n) =>
      n.start !== span.start &&
      !(ownHere && contrasting(n)) &&
      (durations.includes(n as (typeof durations)[number]) || (n as { unit?: string }).unit === unit) &&
      n.start >= c.sentence.start &&
      n.end <= c.sentence.end &&
      compareQuantity(n.value, n.comparator, unit, q).agrees &&
      nearest(n) < nearest(span),
  );
}

/** An ordinal of a series ("the 24th round"). */
const ORDINAL = /\b(\d{1,3})(?:st|nd|rd|th)\b/g;

/**
 * "the 24th Special Representatives round, the first held in India since December 2019": the
 * value's clause names an instance of a series by its ordinal, and the quantity's record speaks
 * of other instances only (the gap before the 23rd): another instance's measure.
 */
export function otherInstance(c: Checker, span: Span, fact: Fact): boolean {
  const record = `${fact.title} ${fact.quantity?.measure ?? ''}`;
  const theirs = new Set(allMatches(record, ORDINAL).map((m) => m[1]));
  if (!theirs.size) return false;
  const clause = clauseAt(c.input.text, c.sentence, span.start);
  const mine = allMatches(c.input.text.slice(clause.start, clause.end), ORDINAL).map((m) => m[1]);
  return mine.length > 0 && !mine.some((n) => theirs.has(n));
}

/**
 * True when another figure of `unit` in `clause` (not the one at `span`, nor one `skip` leaves
 * out) agrees with the record `q`: the measure is that figure's.
 */
export function agreeingFigureInClause(
  c: Checker,
  span: Span,
  clause: Span,
  unit: string,
  q: NonNullable<Fact['quantity']>,
  skip: (n: NumberExpression) => boolean = () => false,
): boolean {
  return (c.numbers ?? []).some(
    (n) =>
      n.start !== span.start &&
      n.unit === unit &&
      n.start >= clause.start &&
      n.end <= clause.end &&
      !skip(n) &&
      compareQuantity(n.value, n.comparator, unit, q).agrees,
  );
}
