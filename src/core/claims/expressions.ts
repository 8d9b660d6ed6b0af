/**
 * One temporal expression of a sentence checked against what the sentence refers to: a date
 * (or its upcoming reading), an anchored offset from an earlier date or from a named event
 * ("two days after the agreement"), a duration, or the gap a recency sentence states.
 */
import type { Fact } from '../facts/schema';
import { anchorEvents, anchorWindowEnd, sameDayAs } from './anchor-events';
import { inAnchorComplement } from './anchor-head';
import { anchorOwnDate, happenedOn } from './anchor-own-date';
import { fromAnnouncement } from './announced-anchor';
import { apposedOffset, restatesDateBefore } from './apposed-offset';
import { appositiveGap } from './appositive-gap';
import { type Checker, otherExpressionsOfSentence } from './check-common';
import { checkDate, type DateCheck, unresolved } from './check-dates';
import { checkDuration } from './check-durations';
import { agreesWithRecord } from './claim';
import { countedFrom, possessedByOther } from './dated-subject';
import { type DateInterval, factInterval, formatInterval, gapDays } from './dates';
import { evidenceEventGap } from './evidence-gap';
import { gapFromNow } from './gap-from-now';
import { gapLength } from './gap-length';
import { givenSubjectGap } from './given-subject';
import { type Mention, RANK } from './mentions';
import { measureMonthNotOwned } from './open-ties';
import { edgeReading, forwardReading, publicationYearReading, recordYearReading } from './other-readings';
import { pointedAmongGap } from './pointed-among';
import { pointedSubjectGap } from './pointed-gap';
import { reason } from './reasons';
import { recencyGap } from './recency-gap';
import { weekdayOfDate } from './restated-date';
import { secondWithin } from './second-within';
import { statedGap } from './stated-gap';
import { applyOffset, findTemporal, type TemporalExpression } from './temporal';
import { clauseAt } from './ties';
import { undatedDay } from './undated-day';
import { undatedDays } from './undated-days';

/**
 * A day of the month without its month ("on the 30th"). Not an ordinal before a capitalised name
 * ("The 24th Special Representatives round … twelve days later", ADR 0070).
 */
const ORDINAL_DAY =
  /\bthe\s+\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|anniversary|round|century|edition|meeting|batch|session|summit))/i;

/** True when `words` hold a day of the month without its month, not an ordinal before a name. */
function ordinalDayBefore(words: string): boolean {
  const g = new RegExp(ORDINAL_DAY.source, 'gi');
  for (let m = g.exec(words); m; m = g.exec(words))
    if (!/^\s+[A-Z][a-z]/.test(words.slice(m.index + m[0].length))) return true;
  return false;
}

/** "N days after <event>": the date it gives the other event, checked against that event. */
function checkBetween(c: Checker, e: TemporalExpression, from: readonly Mention[]): DateCheck {
  const offset = e.offset as NonNullable<TemporalExpression['offset']>;
  let fallback: DateCheck = { claim: null, anchor: null };
  let explained = false;
  // "two weeks before that meeting": every event the pointing words may stand for is a reading
  // of what the gap counts from, none a rival for what it dates.
  const pointed = new Set(from.filter((m) => m.inherited).map((m) => m.fact.id));
  const anchorEnd = anchorWindowEnd(c, e);
  for (const f of from) {
    const base = factInterval(f.fact.date as NonNullable<Fact['date']>) as DateInterval;
    // "five months after the two agreed in Beijing to revive direct flights" (flights resumed
    // months after publication): a gap after an event still to come counts from something else.
    if (offset.direction > 0 && c.input.published !== null && base.start > c.input.published) continue;
    const claimed = applyOffset(base, offset);
    const read = reason('read-between', {
      said: e.text,
      resolved: formatInterval(claimed),
      anchorFact: f.fact.title,
      anchor: formatInterval(base),
    });
    const rest = c.mentions
      .filter((m) => m.fact.id !== f.fact.id && !pointed.has(m.fact.id) && !countedFrom(c, m, e))
      // "into China's pause of its October controls": the controls are part of what is counted from.
      .filter((m) => !inAnchorComplement(c.input.text, c.sentence, m, from, e.end, anchorEnd))
      .filter((m) => !possessedByOther(c, m))
      .map((m) => (RANK[f.strength] >= RANK.cue && gapSubject(c, e, m) ? { ...m, framed: true } : m));
    const got = withAnchor(checkDate({ ...c, mentions: rest }, e, claimed, read), f);
    // "The meeting came ten months after the two leaders held talks in Kazan": said of Kazan.
    const given = got.claim && agreesWithRecord(got.claim) ? givenSubjectGap(c, e, f, got.claim) : null;
    if (given) return { claim: given, anchor: got.anchor };
    if (got.claim && agreesWithRecord(got.claim)) return got;
    // "The meeting came nine days after the two sides reached a resolution": the gap dates the
    // one event the opening pointing words stand for (ADR 0078).
    const pointedGap = pointedSubjectGap(c, e, from, f, claimed, read, namesAnchor(c, e, f));
    if (pointedGap) return pointedGap;
    // "The meeting came two days after …" when the sentences before named several events: the one
    // the counted day agrees with (agreement only, ADR 0098).
    const among = pointedAmongGap(c, e, from, f, claimed, read, namesAnchor(c, e, f));
    if (among) return among;
    // "… met in Kazan, Russia, in October last year, two days after the two sides reached a
    // resolution on patrolling": the event named before a gap that opens its clause (ADR 0070).
    const apposed = appositiveGap(c, e, f, rest, claimed, read);
    if (apposed) return withAnchor(apposed, f);
    // "… published No. 70 on Friday, suspending the notices it issued in October, a week after
    // the truce": an event the sentence dates itself, rightly and on another day, is not what the
    // gap dates; without it, only agreement is said (ADR 0070).
    const undated = rest.filter((m) => !datedOtherwise(c, m, e, claimed));
    if (undated.length < rest.length) {
      const other = checkDate({ ...c, mentions: undated }, e, claimed, read);
      if (other.claim && agreesWithRecord(other.claim)) return withAnchor(other, f);
    }
    // "The MEA on Saturday announced that the yatra would be held this summer, three months
    // after the talks": the gap lands on a day the sentence gives itself, so it dates what
    // that day dates (the announcement), not the fact it disagrees with.
    if (got.claim && landsOnOwnDay(c, e, claimed)) explained = true;
    // "… meet in Busan tomorrow, three days after negotiators … agreed": it restates "tomorrow".
    if (got.claim && restatesDateBefore(c.input.text, e, c.expressions ?? [], base, claimed))
      explained = true;
    if (!fallback.claim && got.claim && (RANK[f.strength] >= RANK.cue || namesAnchor(c, e, f)))
      fallback = got;
  }
  // Counting from an event named only by keywords, a disagreement stays context; so does one
  // another reading of the gap explains.
  return explained ? { claim: null, anchor: null } : fallback;
}

/** The check with the event counted from listed among the facts its claim is about (ADR 0070). */
function withAnchor(got: DateCheck, from: Mention): DateCheck {
  const claim = got.claim;
  if (!claim || claim.factId === from.fact.id) return got;
  return { ...got, claim: { ...claim, alsoFactIds: [from.fact.id] } };
}

/** True when another date of the sentence agrees with `m`'s record and falls outside `claimed`. */
function datedOtherwise(c: Checker, m: Mention, e: TemporalExpression, claimed: DateInterval): boolean {
  const record = m.fact.date ? factInterval(m.fact.date) : null;
  if (!record) return false;
  return otherExpressionsOfSentence(c, e).some(
    (x) =>
      (x.kind === 'absolute' || x.kind === 'relative') &&
      x.interval !== null &&
      gapDays(x.interval, record) === 0 &&
      gapDays(x.interval, claimed) > 0,
  );
}

/** True when `claimed` is a day another date of the sentence gives ("on Saturday"). */
function landsOnOwnDay(c: Checker, e: TemporalExpression, claimed: DateInterval): boolean {
  return (c.expressions ?? findTemporal(c.input.text, c.sentence, c.input.published)).some(
    (o) => o.start !== e.start && o.interval?.precision === 'day' && gapDays(o.interval, claimed) === 0,
  );
}

/** Keyword evidence this strong, all of it in the words right after "after", names the event counted from. */
export const ANCHOR_EVIDENCE = 8;

/**
 * "two weeks after their countries settled a dispute over military patrols": the event counted
 * from is named by its words, all in the phrase the expression points at (before any clause break).
 */
function namesAnchor(c: Checker, e: TemporalExpression, f: Mention): boolean {
  return evidenceWithin(c, f, e.end, clauseAt(c.input.text, c.sentence, e.end).end);
}

/**
 * "The notice, numbered 70, was published three weeks after Xi and Trump met in Busan": an
 * event found by its words, all of them in the clause before the gap, is what the gap dates.
 */
function gapSubject(c: Checker, e: TemporalExpression, m: Mention): boolean {
  return evidenceWithin(c, m, clauseAt(c.input.text, c.sentence, e.start).start, e.start);
}

/** Keyword evidence of `ANCHOR_EVIDENCE` or more, two keywords, all its words of the sentence in [from, to). */
function evidenceWithin(c: Checker, m: Mention, from: number, to: number): boolean {
  if (m.strength !== 'evidence' || m.score < ANCHOR_EVIDENCE || (m.keywords ?? 0) < 2) return false;
  const inSentence = m.positions.filter((p) => p >= c.sentence.start && p < c.sentence.end);
  return inSentence.length > 0 && inSentence.every((p) => p >= from && p < to);
}

/** "the first … since": the date after it is the last time before, not a start. */
const FIRST_SINCE = /\b(?:first|only)\b[^.;:]*\bsince\s*$/i;

/** "Announcement No. 70 of 2025": the year of a document's number, not a date of anything. */
const NUMBERED_DOCUMENT = /\b(?:No\.?|Number|Nos\.?)\s*\d+\s*$/i;

/** The check of a gap counted from `anchor`. */
function countFrom(c: Checker, e: TemporalExpression, anchor: DateInterval): DateCheck {
  const claimed = applyOffset(anchor, e.offset as NonNullable<TemporalExpression['offset']>);
  const read = reason('read-anchored', {
    said: e.text,
    resolved: formatInterval(claimed),
    anchor: formatInterval(anchor),
  });
  return checkDate(c, e, claimed, read);
}

/**
 * `guessedAnchor`: the anchor is the last paragraph's, or a day whose year only an agreeing record
 * gave (engine.ts); a gap counted from it says only agreement (ADR 0070).
 */
export function checkExpression(
  c: Checker,
  e: TemporalExpression,
  anchor: DateInterval | null,
  guessedAnchor = false,
): DateCheck {
  if (NUMBERED_DOCUMENT.test(c.input.text.slice(Math.max(0, e.start - 20), e.start)))
    return { claim: null, anchor };
  // "the second meeting … in less than a year": the distance between two records (ADR 0115).
  if (e.kind === 'duration')
    return { claim: checkDuration(c, e) ?? evidenceEventGap(c, e) ?? secondWithin(c, e), anchor: null };
  const gap = recencyGap(c, e);
  if (gap) return { claim: checkDuration(c, gap) ?? evidenceEventGap(c, e), anchor: null };
  // "the first Indian casualties in a border skirmish since October 1975": the date of the
  // previous such thing, which no event of the sentence starts on.
  if (
    e.bound === 'since' &&
    FIRST_SINCE.test(c.input.text.slice(clauseAt(c.input.text, c.sentence, e.start).start, e.start))
  )
    return { claim: evidenceEventGap(c, e), anchor: null };
  if (e.kind === 'anchored') return checkAnchored(c, e, anchor, guessedAnchor);
  const got = checkNonAnchored(c, e, anchor);
  if (got.claim || (e.bound !== 'since' && !e.interval)) return got;
  // "has not been held since 2019", "The yatra was last held in 2019" (ADR 0101).
  const gapOfEvidence = evidenceEventGap(c, e);
  return gapOfEvidence ? { claim: gapOfEvidence, anchor: null } : got;
}

/** An anchored expression: counted from the events it names, else from `anchor`. */
function checkAnchored(
  c: Checker,
  e: TemporalExpression,
  anchor: DateInterval | null,
  guessedAnchor: boolean,
): DateCheck {
  if (!e.offset) return { claim: null, anchor: null };
  // "unveiled on Oct. 9, three weeks earlier": the offset restates the date before it (ADR 0060).
  if (apposedOffset(c.input.text, e, c.expressions ?? [])) return { claim: null, anchor };
  // "two weeks before Thursday's rare-earth news": counted from the anchor's own day when no event
  // named in the anchor phrase happened that day; only agreement is said (ADR 0057).
  const own = anchorOwnDate(c, e)?.interval ?? undefined;
  const named = anchorEvents(c, e);
  const fits = (m: Mention) => happenedOn(m, own);
  if (own && !named?.some(fits)) {
    const rest = c.mentions.filter((m) => !named?.includes(m));
    const got = countFrom({ ...c, mentions: rest }, e, own);
    return got.claim && agreesWithRecord(got.claim) ? got : { claim: null, anchor: null };
  }
  const from = own ? (named?.filter(fits) ?? null) : named;
  // Which event "the same day as <event>" dates is a reading: only agreement is said, and
  // otherwise "the same day" counts from the date before it, as without "as".
  const sameAs = sameDayAs(c, e);
  const asOf = from?.length && sameAs ? checkBetween(c, e, from) : null;
  if (asOf?.claim && agreesWithRecord(asOf.claim)) return asOf;
  if (from && !sameAs) {
    if (!from.length) return fromAnnouncement(c, e);
    const got = checkBetween(c, e, from);
    // "more than four years after the standoff began": the length the record keeps (ADR 0044).
    const length = gapLength(c, e, from);
    if (length) return { claim: length, anchor: got.anchor };
    // "The decision comes a week after Jaishankar visited Beijing": counted back from the story's day.
    const now = got.claim ? null : gapFromNow(c, e, from);
    if (now) return { claim: now, anchor: got.anchor };
    // "Sunday's meeting in Tianjin came four months after the talks in Kazan": the distance
    // between two records the sentence names, read through its hedge (ADR 0088).
    // A context claim (which event the gap dates was a reading) gives way to it too.
    const stated = !got.claim || got.claim.verdict === 'context' ? statedGap(c, e, from) : null;
    return stated ?? got;
  }
  if (!anchor) return { claim: null, anchor: null };
  // "On the 30th, the same day Trump and Xi met": a day of the month given without its month
  // (which the engine does not read) is what the offset counts from, not an earlier date.
  if (ordinalDayBefore(c.input.text.slice(c.sentence.start, e.start))) return { claim: null, anchor: null };
  const got = countFrom(c, e, anchor);
  if (guessedAnchor && got.claim && !agreesWithRecord(got.claim)) return { claim: null, anchor: got.anchor };
  // "23-10-2024: Two days later, Modi and Xi met": the date before is the event's own, so
  // the offset counts from an earlier one this sentence does not give; no claim.
  if (got.claim && got.claim.verdict !== 'consistent' && got.anchor && gapDays(got.anchor, anchor) === 0)
    return { claim: null, anchor: got.anchor };
  return got;
}

/** A date: checked as read, and in its other readings (upcoming, publication's year, record's year). */
function checkNonAnchored(c: Checker, e: TemporalExpression, anchor: DateInterval | null): DateCheck {
  if (weekdayOfDate(c.input.text, e, c.expressions ?? [])) return { claim: null, anchor };
  // No publication date: a year-less day in the year of the event named in its clause (ADR 0042,
  // round 17), else in the year of a record it agrees with (ADR 0047).
  if (!e.interval) return undatedDay(c, e) ?? undatedDays(c, e) ?? { claim: unresolved(c, e), anchor: null };
  const read = reason('read-date', {
    said: e.text,
    resolved: formatInterval(e.interval),
    rule: (e as { rule?: string }).rule ?? e.kind,
  });
  const got = checkDate(
    c,
    e,
    e.interval,
    read,
    forwardReading(e, c.input.published) ?? edgeReading(e, c.input.published),
  );
  // "curbs dating to April 2025 and October 2022. … imposed on April 4": the paragraph's year
  // is the reading ("In March 2019 … in April" is April 2019), but a date it makes wrong that
  // publication's year makes right is that year's.
  const pubYear = publicationYearReading(e, c.input.published);
  // (Also when the paragraph's year gave no claim at all: "… the pact on 21 October 2024, held
  // talks … on 26-27 January" in a report of 28 January 2025 is this January.)
  if (pubYear && (!got.claim || !agreesWithRecord(got.claim))) {
    const reread = reason(read.code, { ...read.params, resolved: formatInterval(pubYear) });
    const other = checkDate(c, e, pubYear, reread, null);
    if (other.claim && agreesWithRecord(other.claim)) return other;
  }
  const recordYear = recordYearReading(c, e, got);
  if (recordYear) {
    const reread = reason(read.code, { ...read.params, resolved: formatInterval(recordYear) });
    const other = checkDate(c, e, recordYear, reread, null);
    if (other.claim && agreesWithRecord(other.claim) && other.claim.factId === got.claim?.factId)
      return other;
  }
  // "the October controls", "the April regime": the month says which, and confirms a fact of
  // that month; it is no claim against another.
  // "the 2020 clash", "2024's Announcement No. 46" likewise (temporal-rules-year-attributive.ts).
  if (
    (e.rule === 'month-attributive' || e.rule === 'year-attributive' || e.rule === 'year-possessive') &&
    got.claim &&
    (!agreesWithRecord(got.claim) ||
      measureMonthNotOwned(c.input.text, e, c.input.factById(got.claim.factId)))
  )
    return { claim: null, anchor: got.anchor };
  return got;
}
