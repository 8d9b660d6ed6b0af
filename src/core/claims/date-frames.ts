/**
 * How a date's frame reaches beyond the clause it stands in, and which of its candidates it
 * weighs (ADR 0034): the main clause after a gap that opens the sentence, the item a date labels
 * in a list, an announcer's act, a loose agreement across a nearer named event, one candidate per
 * fact. Used by check-dates.ts.
 */
import type { Span } from '../match/sentences';
import type { Checker } from './check-common';
import {
  complementAfter,
  namedBySaying,
  namedOnlyBeforeAgreeing,
  onlyInComplement,
  sayingAround,
} from './complement';
import type { DateTie } from './date-ties';
import { cuedOnlyInAside, datedAsides } from './dated-aside';
import { type DateInterval, ymd } from './dates';
import { effectiveOfClause, namedOutside } from './effective-appositive';
import type { Mention } from './mentions';
import { phaseWordIn } from './phases';
import { onlyInQuestion, questionAfter } from './question-frame';
import type { TemporalExpression } from './temporal';
import { acrossSemicolon, clauseAt, distanceTo, someCueGroup } from './ties';

/** True when the mention's words in the sentence are whole inside `span` (its name, each cue group, or all its keywords, two at least). */
function wholeIn(c: Checker, m: Mention, span: Span): boolean {
  const inside = (p: number) => p >= span.start && p < span.end;
  if (m.strength === 'alias') return m.positions.some(inside);
  if (m.strength === 'cue')
    return (m.cueGroups ?? []).length > 0 && (m.cueGroups ?? []).every((g) => g.some(inside));
  const own = m.positions.filter((p) => p >= c.sentence.start && p < c.sentence.end);
  return own.length >= 2 && own.every(inside);
}

/** Day number → its month, counted from year 0. */
const monthOf = (day: number) => {
  const d = ymd(day);
  return d.year * 12 + d.month;
};

/** True when the record and the claimed date share a month (the month word may be the record's own). */
function sameMonth(record: DateInterval, claimed: DateInterval): boolean {
  const months = new Set([monthOf(record.start), monthOf(record.end)]);
  return months.has(monthOf(claimed.start)) || months.has(monthOf(claimed.end));
}

/** A cue found in the sentence itself (not standing in for a topic or an earlier sentence). */
const ownCue = (m: Mention) => m.strength === 'cue' && !m.derived && !m.inherited;

/**
 * "It was in June 2020 that 20 soldiers died in the Galwan Valley; China acknowledged four dead
 * only in February 2021": a cue with a group of words all across a semicolon from the date (the
 * other independent clause) is not named in the date's clause.
 */
const groupAcrossSemicolon = (c: Checker, m: Mention, e: Span) =>
  ownCue(m) && someCueGroup(m, c.sentence, (p) => acrossSemicolon(c.input.text, p, e));

/** True when a group of `m`'s cue has words in the sentence only inside the date `e`. */
const filledByDate = (c: Checker, m: Mention, e: Span) =>
  ownCue(m) && someCueGroup(m, c.sentence, (p) => p >= e.start && p < e.end);

/**
 * Only quotes, or an adverb of degree, before a gap that opens its sentence ("Just two weeks
 * before the meeting, …", "Barely a month after Busan, …": the adverb measures the gap).
 */
export const OPENS_SENTENCE =
  /^[\s"“'‘]*(?:(?:just|only|barely|nearly|almost|roughly|exactly|some|about|around|(?:a\s+little\s+)?(?:less|more|fewer)\s+than|(?:well\s+|a\s+little\s+)?(?:over|under))\s+)?$/i;

/** A gap that opens its sentence and points on ("Three weeks after Busan, …"). */
const FRONTED_GAP = /\b(?:after|before|following)\s*$/i;

/**
 * "Three weeks after Trump and Xi met in Busan, South Korea, China's Commerce Ministry issued
 * Announcement No. 70": a gap that opens the sentence dates the main clause after the phrase
 * it opens (from the first comma after it to the next clause break), or null.
 */
export function mainClauseOfFrontedGap(text: string, sentence: Span, e: TemporalExpression): Span | null {
  if (e.kind !== 'anchored' || !OPENS_SENTENCE.test(text.slice(sentence.start, e.start))) return null;
  if (!FRONTED_GAP.test(e.text) && !/^\s*(?:after|before|following)\b/i.test(text.slice(e.end, e.end + 12)))
    return null;
  const comma = text.indexOf(',', e.end);
  if (comma < 0 || comma >= sentence.end - 1) return null;
  return clauseAt(text, sentence, comma + 1);
}

/**
 * The date's candidates re-read by its frame: an event, or a notice by its name, whole in the
 * main clause after a gap that opens the sentence is tied as if in the gap's clause, unless that
 * clause speaks of another phase of it ("Three weeks after Busan, China suspended the October
 * controls": the suspension's date, not the controls').
 */
export function framedTies(
  c: Checker,
  e: TemporalExpression,
  given: readonly DateTie[],
  claimed: DateInterval,
): DateTie[] {
  const text = c.input.text;
  // A fact the sentence finds itself is not also carried over from an earlier sentence ("The
  // measures, released on Sept. 9, cover superhard materials …": one candidate, not two).
  // But for a gap, keywords of the fact only outside the gap's clause ("The meeting came ten
  // months after the two leaders held talks in Kazan": its words are in the anchor's clause)
  // leave the pointing words' candidate in place, and are dropped instead (ADR 0044, round 20).
  const outside = (t: DateTie) => e.kind === 'anchored' && t.mention.strength === 'evidence' && !t.sameClause;
  const pointedHere = new Set(
    given.filter((t) => t.mention.inherited && t.sameClause).map((t) => t.mention.fact.id),
  );
  const keep = given.filter(
    (t) => t.mention.inherited || !(outside(t) && pointedHere.has(t.mention.fact.id)),
  );
  const ownFacts = new Set(keep.filter((t) => !t.mention.inherited).map((t) => t.mention.fact.id));
  const complement = complementAfter(text, c.sentence, e);
  const saying = sayingAround(text, c.sentence, e);
  const question = questionAfter(text, c.sentence, e);
  const effective = effectiveOfClause(text, c.sentence, e);
  const asides = datedAsides(text, c.sentence, e, c.expressions ?? []);
  const ties = keep
    .filter((t) => !(t.mention.inherited && ownFacts.has(t.mention.fact.id)))
    // "agreed on Oct. 30 to pause the controls": the date is the agreeing's, not the pause's.
    // "suspended the announcements it issued on October 9": a cue one of whose groups only the
    // date's own words fill ("October") is not named beside the date, only read into it.
    .map((t) =>
      (complement &&
        (onlyInComplement(t.mention.fact, t.mention.positions, c.sentence, e, complement) ||
          namedOnlyBeforeAgreeing(text, t.mention.fact, t.mention.positions, c.sentence, e, complement))) ||
      (filledByDate(c, t.mention, e) && !sameMonth(t.record, claimed)) ||
      groupAcrossSemicolon(c, t.mention, e) ||
      // "acknowledged, for the first time, that four soldiers had died … eight months ago":
      // the date is what was said, not the saying (ADR 0056).
      (saying && namedBySaying(t.mention.positions, saying.verb)) ||
      // "asked on Tuesday about reports that the curbs had been lifted": the asking's date.
      (question && onlyInQuestion(t.mention.positions, c.sentence, e, question)) ||
      // "…, a sanctions waiver for Chabahar, effective October 29": the start of what was just named.
      (effective && namedOutside(t.mention.positions, c.sentence, e, effective)) ||
      // "The curbs, reportedly eased for India in August, were reimposed …": the aside's own act.
      cuedOnlyInAside(t.mention, c.sentence, asides)
        ? { ...t, related: true }
        : t,
    )
    // A loose agreement across a nearer named event is not tied in the date's clause.
    .map((t) =>
      t.sameClause && t.cmp.agrees && outweighedByNearer(e, claimed, t, given)
        ? { ...t, sameClause: false }
        : announcedByItsSpeaker(c, e, t)
          ? { ...t, mention: { ...t.mention, framed: true } }
          : t,
    );
  const item = listItemOf(text, c.sentence, e);
  if (item) return ties.map((t) => inListItem(c, e, t, item));
  const fronted = mainClauseOfFrontedGap(text, c.sentence, e);
  // A main clause with a date of its own is dated by it: the gap before it is the story's
  // distance from the event ("Five years after Galwan, … were cleared in October 2024"). A
  // length dates nothing ("… met in Kazan, their first formal meeting in five years", ADR 0045
  // round 21).
  const main =
    fronted &&
    !(c.expressions ?? []).some(
      (x) => x !== e && x.kind !== 'duration' && x.start >= fronted.start && x.start < fronted.end,
    )
      ? fronted
      : null;
  const frame = main;
  if (!frame) return ties;
  return ties.map((t) => {
    const kind = t.mention.fact.kind;
    if (
      t.sameClause ||
      t.mention.inherited ||
      t.mention.derived ||
      !(kind === 'event' || (main && kind === 'instrument' && t.mention.strength === 'alias')) ||
      !wholeIn(c, t.mention, frame) ||
      (main && phaseWordIn(text, main, t.mention.fact))
    )
      return t;
    const inside = t.mention.positions.filter((p) => p >= frame.start && p < frame.end);
    const at = inside.reduce((a, p) => (distanceTo(p, e) < distanceTo(a, e) ? p : a), inside[0] as number);
    return { ...t, sameClause: true, whole: true, related: false, at, distance: distanceTo(at, e) };
  });
}

/** A record this many days wider than a date agrees with it only loosely (as `ELSEWHERE_WIDER_DAYS`). */
export const LOOSE_RECORD_DAYS = 7;

/**
 * "The Kailash Mansarovar pilgrimage resumed in June, India began issuing tourist visas to
 * Chinese nationals again on June 24, …": a day (not a month) inside the weeks of an event named farther from
 * it agrees only loosely; an event named whole between those words and the date, which the date
 * is nearer, is the date's, and the loose agreement neither owns nor rivals it.
 */
export function outweighedByNearer(
  e: Span,
  claimed: DateInterval,
  agreeing: DateTie,
  ties: readonly DateTie[],
): boolean {
  if (
    claimed.precision !== 'day' ||
    agreeing.record.end - agreeing.record.start <= claimed.end - claimed.start + LOOSE_RECORD_DAYS
  )
    return false;
  const between = (p: number) =>
    agreeing.at < e.start ? p > agreeing.at && p < e.start : p >= e.end && p < agreeing.at;
  return ties.some(
    (t) =>
      t !== agreeing &&
      !t.cmp.agrees &&
      t.sameClause &&
      !t.related &&
      t.whole &&
      (t.mention.strength === 'alias' || t.mention.strength === 'cue') &&
      !t.mention.derived &&
      !t.mention.inherited &&
      !t.mention.loose &&
      t.distance < agreeing.distance &&
      between(t.at) &&
      // All of its words there: a cue reaching back past the farther event's words names nothing between.
      (t.mention.strength === 'alias' || t.mention.positions.every(between)),
  );
}

/** "announced the agreement on", "made that understanding public on": an act of announcing, its object, the date. */
const ANNOUNCED_OBJECT =
  /\b(?:announced|unveiled|disclosed|revealed|made)\s+(?:[\w'’-]+\s+){1,3}?(?:public\s+)?(?:on|in)?\s*$/i;

/**
 * "Foreign Secretary Vikram Misri announced the agreement on Oct. 21": keyword evidence for a fact
 * whose announcement is its date (`announcedBy`), named as the object of its own announcer's
 * announcing verb right before the date, is framed by that act as firmly as a cue.
 */
export function announcedByItsSpeaker(c: Checker, e: Span, t: DateTie): boolean {
  const m = t.mention;
  const by = m.fact.announcedBy ?? [];
  if (m.strength !== 'evidence' || !by.length || !t.sameClause || !t.whole) return false;
  const text = c.input.text;
  const clause = clauseAt(text, c.sentence, e.start);
  const own = m.positions.filter((p) => p >= c.sentence.start && p < c.sentence.end);
  return c.mentions.some((s) => {
    if (s.strength !== 'alias' || !by.includes(s.fact.id)) return false;
    const at = s.positions.find((p) => p >= clause.start && p < e.start);
    if (at === undefined) return false;
    const verb = ANNOUNCED_OBJECT.exec(text.slice(at, e.start));
    if (!verb) return false;
    const object = at + verb.index;
    return own.some((p) => p > object && p < e.start) && own.every((p) => p < e.start);
  });
}

/**
 * The list item a date labels: "the patrolling agreement (Oct 21, 2024), Kazan (Oct 23), …" (the
 * date alone in parentheses after its item) or "Timeline: May 5, 2020 - brawl at Pangong Tso;
 * June 15-16, 2020 - Galwan clash; …" (the date opening an item of a list set off by semicolons),
 * or null.
 */
export function listItemOf(text: string, sentence: Span, e: Span): Span | null {
  const before = text.slice(sentence.start, e.start);
  if (/\(\s*$/.test(before) && /^\s*\)/.test(text.slice(e.end, e.end + 3))) {
    const open = sentence.start + before.lastIndexOf('(');
    const head = text.slice(sentence.start, open);
    const sep = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'));
    const and = head.search(/\s(?:and|or)\s(?:(?!\s(?:and|or)\s).)*$/);
    const start = sentence.start + Math.max(sep + 1, and >= 0 ? and + 5 : 0);
    return { start, end: open };
  }
  const words = text.slice(sentence.start, sentence.end);
  const listed = commaListItem(text, sentence, e);
  if (listed) return listed;
  if ((words.match(/;/g) ?? []).length < 2) return null;
  if (!/(?:^|[:;])\s*$/.test(before) || !/^\s*(?:[-–—:,])\s/.test(text.slice(e.end, e.end + 4))) return null;
  const next = text.indexOf(';', e.end);
  return { start: e.end, end: next >= 0 && next < sentence.end ? next : sentence.end };
}

/**
 * "The thaw came in steps: a patrolling pact on Oct. 21, 2024, …, tourist visas in July, Wang
 * Yi's visit in August and flights on Oct. 26": in a list after a colon (three commas at least,
 * "and" before its last item), the item a date ends, from the comma or "and" before it (ADR 0056).
 */
function commaListItem(text: string, sentence: Span, e: Span): Span | null {
  const colon = text.lastIndexOf(':', e.start);
  if (colon < sentence.start) return null;
  const list = text.slice(colon + 1, sentence.end);
  if ((list.match(/,/g) ?? []).length < 3 || !/,[^,]*\sand\s[^,]*$/.test(list)) return null;
  // Items are short noun phrases, not clauses ("Washington will cut the tariff it imposed … to 10%").
  if (list.split(/,|\sand\s/).some((item) => item.trim().split(/\s+/).length > 9)) return null;
  if (!/^\s*(?:,|and\b|[.;!?]|$)/.test(text.slice(e.end, e.end + 6))) return null;
  const head = text.slice(colon + 1, e.start);
  const comma = head.lastIndexOf(',');
  const and = head.search(/\sand\s(?:(?!\sand\s).)*$/);
  const start = colon + 1 + Math.max(comma + 1, and >= 0 ? and + 5 : 0);
  // An item names something before its date ("tourist visas in July"), not the date alone.
  return /[A-Za-z]{3,}.*\s(?:in|on|at|by|from|since|during)?\s*$/.test(text.slice(start, e.start))
    ? { start, end: e.end }
    : null;
}

/** A tie seen from a list item: a fact named whole in the item is the date's; any other is another item's. */
function inListItem(c: Checker, e: Span, t: DateTie, item: Span): DateTie {
  const m = t.mention;
  if (m.inherited || m.derived || (m.strength !== 'alias' && m.strength !== 'cue') || !wholeIn(c, m, item))
    return { ...t, sameClause: false };
  const inside = m.positions.filter((p) => p >= item.start && p < item.end);
  const at = inside.reduce((a, p) => (distanceTo(p, e) < distanceTo(a, e) ? p : a), inside[0] as number);
  return { ...t, sameClause: true, whole: true, related: false, at, distance: distanceTo(at, e) };
}
