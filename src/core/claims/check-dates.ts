import { anniversaryYear, periodAsSubject } from './anniversary';
import { announcerVerbDate } from './announcer-verb';
import { type Checker, disowned, firm, statisticPeriod } from './check-common';
import { doneInTime } from './completion-by';
import { counterfactualSchedule } from './counterfactual-schedule';
import { cueDatedElsewhere, datedInOwnPhrase } from './cue-dated-elsewhere';
import { lessSpecific, mostSpecificFirst } from './cue-specific';
import { dateClaim } from './date-claim';
import { agreeingKeywordFact, type DateCheck, issuedClaim, weakAgreement } from './date-fallbacks';
import { framedTies } from './date-frames';
import { cueSpansOtherPlace } from './date-owners';
import { phraseOwners } from './date-phrase-owners';
import { cuedOverKeywords, namedOverKeywords, weakKeywords } from './date-tie-weights';
import {
  agreeingTie,
  clearlyFarther,
  type DateTie,
  dateBetween,
  dateTies,
  nearestFirst,
  otherShape,
  partNamedByWords,
  partNamedIn,
  relatedOwners,
  upcomingEvent,
} from './date-ties';
import { outsideDatedAside } from './dated-aside';
import { type DateInterval, formatInterval, gapDays } from './dates';
import { acrossEffect } from './effect-clause';
import { ownActTies } from './framed-acts';
import { genericSpeakerDate } from './generic-speaker';
import { startOfOwnAct } from './instrument-start';
import { isJourney, journeyDate } from './journey-date';
import { isMeeting, meetingClaim, meetingPhrase, ofThesePeople, personsIn } from './meeting-phrase';
import { meetingAtItsPlace, placedMeetingFirst } from './meeting-place';
import { cueWordsOfAnotherEvent } from './name-head';
import { namedWhole } from './named-whole';
import { occurrenceOfSubject, subjectFirst } from './occurrence-subject';
import { unknownDocumentBefore } from './other-document';
import { partOverWhole } from './part-over-whole';
import { partiesMet } from './parties-met';
import {
  comparisonPoint,
  phaseMismatch,
  previousInstance,
  referenceOfPrevious,
  stateWithoutStart,
} from './phases';
import { laterPlan, otherSideOfPublication } from './publication-side';
import { quotedToCorrect } from './quoted-correction';
import { holdingSpanEnd, otherEndAgrees } from './range-ends';
import { type Reason, reason } from './reasons';
import { relativeTies } from './relative-ties';
import { reportBeforeEvent } from './report-before-event';
import { rescheduledClaim } from './rescheduled';
import { restatesDate } from './restated-date';
import { datedInOwnClause, undatedRivals } from './rival-dated';
import {
  actOutsidePhrase,
  announcedPhrase,
  cueMetByDate,
  keywordsOnlyItsName,
  supersedingOnly,
} from './rival-guards';
import { dayPart, partAndWholeDisagree } from './rivals-disagree';
import { namedInOtherDatedItem, ownPartTies } from './segment-date';
import { inSequelClause } from './sequel-clause';
import { siblingOfDated } from './sibling-dated';
import { otherSideSpeaks } from './statement-speaker';
import { stoppedBeforeNamed } from './stopped-subject';
import { neighbourStepAgrees } from './successor-date';
import type { TemporalExpression } from './temporal';
import { tenureDate } from './tenure';
import { dateOfAThirdEvent } from './third-event';
import { apposedTimeRival } from './time-apposition';
import { toldBeforeEvent } from './told-before-event';
import { compareDates } from './verdict';
import { tiedByWhenClause } from './when-clause';
import { wholeOwningDay } from './whole-date';
import { withheldDisagreement } from './withheld-disagreement';

export { CLEAR_MARGIN_DAYS, CLEAR_RATIO, UPCOMING_EVENT_DAYS } from './date-ties';

export { SCHEDULED_LOOKBACK_DAYS } from './publication-side';
/** A candidate whose nearest word is this many characters farther from a date than the best's is no rival. */
export const DATE_RIVAL_CHARS = 24;
/** A fact of another clause whose record is this many days wider than a date does not make the date ambiguous. */
export const ELSEWHERE_WIDER_DAYS = 7;

export { type DateCheck, unresolved } from './date-fallbacks';

/** A date: the fact it agrees with, else the fact it is firmly tied to. */
export function checkDate(
  c: Checker,
  e: TemporalExpression,
  claimed: DateInterval,
  read: Reason,
  alternative: DateInterval | null = null,
): DateCheck {
  const got = checkDateTies(c, e, claimed, read, alternative);
  // The date of a stopping, or of an effect, is not called wrong for another fact (withheld-disagreement.ts).
  if (withheldDisagreement(c, e, got.claim)) return { claim: null, anchor: got.anchor };
  // "The rules are now due to kick in on Nov. 10, 2026": the new schedule, not the original's (rescheduled.ts).
  const moved = rescheduledClaim(c, e, claimed, read, got.claim);
  return moved === undefined ? got : { claim: moved, anchor: got.anchor };
}

function checkDateTies(
  c: Checker,
  e: TemporalExpression,
  claimed: DateInterval,
  read: Reason,
  alternative: DateInterval | null,
): DateCheck {
  // "This year marks the 75th anniversary …": the period is the sentence's subject, not the
  // date of an event the sentence mentions.
  if (periodAsSubject(c.input.text, e)) return { claim: null, anchor: claimed };
  if (anniversaryYear(c.input.text, c.sentence, e, claimed)) return { claim: null, anchor: claimed };
  if (disowned(c, e)) return { claim: null, anchor: claimed };
  // "Jaiswal, the MEA's spokesperson since January 2024, …": a tenure's start, no event's date.
  if (tenureDate(c.input.text, e)) return { claim: null, anchor: claimed };
  // "The measures, issued on Oct. 9, …": the issue date of the one instrument the sentence describes.
  const issued = issuedClaim(c, e, claimed, read);
  if (issued) return issued;
  // "The squeeze dates to April 4, when the ministry began requiring licences" (ADR 0038).
  let ties = tiedByWhenClause(
    c.input.text,
    c.sentence,
    e,
    framedTies(c, e, dateTies(c, e, claimed), claimed),
  );
  if (!ties.length) return weakAgreement(c, e, claimed, read);
  // (Every candidate, for the other parts of a whole that the sentence dates: rivals-disagree.ts.)
  const found = ties;
  // "flights restarted on October 26, Beijing's licences … were confirmed four days later": keywords
  // of another part of a list, which gives its own date, are not this date's (ADR 0051); nor is a
  // cue split into such a part ("… on Jan. 8, with extraterritorial rules following on Dec. 1").
  const here = ownPartTies(c.input.text, c.sentence, e, ties, c.expressions ?? []);
  if (!here.length) return weakAgreement(c, e, claimed, read);
  // "the controls, which forced automakers to cut production this year": a cause's and an effect's dates.
  ties = here.filter((t) => !acrossEffect(c.input.text, c.sentence, e, t.mention.positions));
  if (!ties.length) return { claim: null, anchor: claimed };
  // "The pilgrimage was called off in 2020 … over the standoff": the stopping's date, not the
  // date of an event named after it (ADR 0047).
  const stopped = ties.filter((t) =>
    stoppedBeforeNamed(c.input.text, c.sentence, e, t.mention.fact, t.mention.positions),
  );
  if (stopped.length) {
    ties = ties.filter((t) => !stopped.includes(t));
    if (!ties.length) return { claim: null, anchor: claimed };
  }
  // "Modi is expected to travel to Kazan tomorrow for the BRICS summit": the journey's day, not
  // the day of an event held there (ADR 0050).
  if (journeyDate(c.input.text, c.sentence, e)) {
    ties = ties.filter((t) => t.cmp.agrees || isJourney(t.mention.fact));
    if (!ties.length) return { claim: null, anchor: claimed };
  }
  // "last week's summit between Trump and Xi": the meeting's date, no other fact's (ADR 0047).
  const meeting = meetingPhrase(c.input.text, c.sentence, e);
  if (meeting) {
    const persons = personsIn(c, meeting);
    const meetings = ties.filter((t) => isMeeting(t.mention.fact) && ofThesePeople(t.mention.fact, persons));
    if (meetings.length) ties = meetings;
    else return meetingClaim(c, e, claimed, read, persons) ?? { claim: null, anchor: claimed };
  }
  // "Between the Army's report on 30 October 2024 … and …, the neighbours restored flights": a
  // bound's date is its own act's; "Wang Yi, who flew in on Monday …, is to hold talks with Doval
  // today": an aside's date is the subject's act, not the main predicate's (ADR 0100).
  ties = ownActTies(c, e, ties);
  if (!ties.length) return { claim: null, anchor: claimed };
  // "ending a five-year gap … that began in 2020": a date in a relative clause is its noun's.
  const rel = relativeTies(c, e, ties, claimed, read);
  if (!Array.isArray(rel)) return rel;
  ties = rel;
  // "invited him to the summit in Tianjin on September 14 and 15": a date without a year
  // tied most closely to an event still ahead at publication (and nothing it agrees with as
  // read) is that event's upcoming day, and read only so. Not a weekday: "called on Modi on
  // Tuesday and conveyed the invitation to the summit" is this week's call, not next.
  if (
    alternative &&
    e.tense !== 'past' &&
    e.rule !== 'weekday' &&
    !ties.some((t) => t.cmp.agrees && (firm(t) || t.sameClause)) &&
    upcomingEvent(ties, c.input.published)
  ) {
    const reread = reason(read.code, { ...read.params, resolved: formatInterval(alternative) });
    return checkDate(c, e, alternative, reread, null);
  }
  const all = ties;
  let close = all.filter((t) => t.sameClause && !t.related);
  let hit =
    agreeingTie(holdingSpanEnd(c.input.text, e, c.expressions ?? [], close, claimed), claimed) ??
    (close.some((t) => firm(t)) ? undefined : agreeingTie(all, claimed));
  // "The first batch crossed Nathu La on Monday" (the pilgrimage's weeks hold any Monday of
  // June): a date the whole agrees with is its part's when the sentence names the part in
  // the date's clause, and the part's record says otherwise.
  let partOf: string | null = null;
  if (hit && partNamedIn(c, e, close, hit)) {
    const whole = hit.mention.fact.id;
    partOf = whole;
    ties = all.filter((t) => t.mention.fact.id !== whole);
    close = close.filter((t) => t.mention.fact.id !== whole);
    hit = undefined;
  }
  // A later "three days later" counts from the day the text gives when it gives one ("on
  // 1 November … and Depsang three days later"), else from the record it agrees with.
  // "shipments … in June were 58% lower": keywords alone do not make a statistic's period an event's date.
  if (hit && hit.mention.strength === 'evidence' && statisticPeriod(c, e))
    return { claim: null, anchor: claimed };
  if (hit)
    return {
      claim: dateClaim(c, e, hit, claimed, read, []),
      anchor: claimed.precision === 'day' ? claimed : hit.record,
    };
  if (alternative) {
    // "when they meet in South Korea on Thursday": the upcoming Thursday, if that one fits.
    const altTies = dateTies(c, e, alternative).filter(
      (t) => t.sameClause && !t.related && t.mention.fact.id !== partOf,
    );
    const alt = agreeingTie(altTies, alternative);
    const reread = reason(read.code, { ...read.params, resolved: formatInterval(alternative) });
    // "crossed through Nathu La on Monday, the first to set out for Kailash": the upcoming Monday
    // falls in the pilgrimage's weeks, but the clause names its part, nearer (ADR 0038, round 2).
    if (alt && !partNamedIn(c, e, altTies, alt, true))
      return { claim: dateClaim(c, e, alt, alternative, reread, []), anchor: alt.record };
  }
  const owners = phraseOwners(c, e, close);
  // "No. 70 … will remain in place until 10 Nov 2026": a bound the named fact does not own
  // may belong to a fact related to it (the suspension's end), as firmly as the named one.
  const related = relatedOwners(c, e, close, claimed, owners).filter(
    (r) =>
      !owners.some((o) => o.mention.fact.id === r.mention.fact.id && firm(o) >= firm(r)) &&
      !supersedingOnly(r, close, (f) => partNamedByWords(c, f)),
  );
  // (A name in the date's clause is whole however often the article repeats it: named-whole.ts.)
  const tied = nearestFirst(
    [...owners.filter((o) => !related.some((r) => r.mention.fact.id === o.mention.fact.id)), ...related].map(
      namedWhole,
    ),
    claimed,
  );
  // A topic's events stand in only where nothing is named or cued directly.
  const direct = tied.filter((t) => !t.mention.derived && firm(t));
  if (direct.length)
    tied.splice(0, tied.length, ...direct, ...tied.filter((t) => !direct.includes(t) && !t.mention.derived));
  // "On Aug. 25 … he held the 24th round of talks": a named part before its whole found by keywords (ADR 0042).
  // "Misri met Sun Weidong in Beijing in April": the most fully described event (cue-specific.ts).
  const weak = (t: DateTie) => weakKeywords(c, e, t);
  const sentence = c.input.text.slice(c.sentence.start, c.sentence.end);
  const ordered = placedMeetingFirst(
    c,
    e,
    all,
    subjectFirst(
      c,
      e,
      namedOverKeywords(
        mostSpecificFirst(
          c.input.text,
          partOverWhole(tied, e, c.expressions ?? [], weak, sentence),
          c.sentence,
        ),
        weak,
      ),
    ),
  );
  // "kick in on Nov. 28 and … on Dec. 1": a sibling the sentence dates rightly leaves the date to the other (sibling-dated.ts).
  const order = siblingOfDated(c.input.text, ordered, e, claimed, c.expressions ?? [], c.input.published);
  const best = order[0];
  // Only the part itself takes a date its whole agrees with.
  if (
    partOf !== null &&
    !(best?.mention.fact.relations ?? []).some((r) => r.type === 'part-of' && r.target === partOf)
  )
    return { claim: null, anchor: claimed };
  if (!best)
    return (
      reportBeforeEvent(c, e, claimed, read, ties) ??
      toldBeforeEvent(c, e, claimed, read, ties) ??
      (ties.some((t) => t.cmp.agrees) ? { claim: null, anchor: claimed } : weakAgreement(c, e, claimed, read))
    );
  // It agrees with another fact in its clause, past a relational word: say so, but do not
  // call it wrong. (A fact in another clause is another statement.)
  // So does a fact named or cued anywhere in the sentence that the date fits ("published
  // No. 70, suspending … the notices it issued in October, a week after Busan").
  // Not a fact of another clause whose record is a much wider span than the date ("the
  // pilgrimage resumed last month, and Misri hosted Sun in New Delhi on 22 June": a day inside
  // the pilgrimage's weeks does not make the talks' day ambiguous).
  const elsewhere = agreeingTie(
    ties.filter(
      (t) =>
        (t.sameClause ||
          (firm(t) &&
            t.record.end - t.record.start <= claimed.end - claimed.start + ELSEWHERE_WIDER_DAYS &&
            // "…Sun Weidong when he was in the capital in mid-June, and again with Wang Yi … in June".
            !datedInOwnClause(c.input.text, c.sentence, t, e, c.expressions ?? []))) &&
        // "…was completed in mid-November, and patrolling has since resumed": dated by its own "since".
        !inSequelClause(c.input.text, c.sentence, e, t.mention.positions),
    ),
    claimed,
  );
  // "when Trump meets Xi on Saturday" (the meeting still ahead): the weekday to come, not the one
  // past, when the clause's parties say which meeting it is (parties-met.ts, ADR 0082).
  const met = partiesMet(c, e, best);
  // (Not a counterfactual schedule's date of a fact that records that schedule: ADR 0094.)
  if (
    otherSideOfPublication(e, best.record, claimed, c.input.published) &&
    !counterfactualSchedule(c, e, best.mention.fact, best.record)
  ) {
    if (met && alternative && !otherSideOfPublication(e, best.record, alternative, c.input.published)) {
      const reread = reason(read.code, { ...read.params, resolved: formatInterval(alternative) });
      return checkDate(c, e, alternative, reread, null);
    }
    return { claim: null, anchor: claimed };
  }
  // "ran from 15 May to 15 October" beside a one-day event of 15 October: the other end is its day.
  if (!best.cmp.agrees && otherEndAgrees(c.input.text, e, c.expressions ?? [], best.record))
    return { claim: null, anchor: claimed };
  // "completed by Nov. 5" when the record says 30 October: done in time, as said.
  if (!best.cmp.agrees && doneInTime(c.input.text, e, best.record, claimed))
    return { claim: null, anchor: claimed };
  if (stateWithoutStart(c.input.text, c.sentence, e, best.mention.fact))
    return { claim: null, anchor: claimed };
  // "58% lower than in January": a point of comparison, not the date of anything.
  if (comparisonPoint(c.input.text, e)) return { claim: null, anchor: claimed };
  // "exports to India in June were 58% lower": the period of a statistic in the same clause.
  if (statisticPeriod(c, e)) return { claim: null, anchor: claimed };
  // "stopped issuing visas in 2020", "last held in 2019": another phase than the fact's.
  // (Not the day its own announcer, named before its verb, announced it: ADR 0082.)
  const byAnnouncer = announcerVerbDate(c, e, best);
  if (
    !byAnnouncer &&
    phaseMismatch(
      c.input.text,
      c.sentence,
      e,
      best.mention.fact,
      best.mention.positions,
      c.expressions ?? [],
      startOfOwnAct(c, e, best.mention.fact),
    )
  )
    return { claim: null, anchor: claimed };
  // "The previous round was held in December 2019" in a report on this week's round.
  if (
    previousInstance(c.input.text, c.sentence, e, best.record, c.input.published, best.mention.positions) ||
    referenceOfPrevious(c.input.text, c.sentence, e, best.mention.positions)
  )
    return { claim: null, anchor: claimed };
  // "relaxed urea exports in June, reportedly opened the tap in August": another date stands
  // between the event's words and this one; the nearer date is the event's, this one another's.
  if (e.kind !== 'anchored' && dateBetween(c, best, e) && !restatesDate(c.input.text, e, c.expressions ?? []))
    return { claim: null, anchor: claimed };
  // "On Oct. 9 it went further, adding … rules reaching foreign-made products": a part's
  // keywords on the very day of its whole are the whole's (ADR 0042, round 17).
  const whole = wholeOwningDay(best, claimed, c.input.factById);
  if (whole) return { claim: dateClaim(c, e, whole, claimed, read, []), anchor: whole.record };
  const doubts: Reason[] = [];
  // Keywords find an event; only its name or its cue makes the date unambiguously its own.
  // A date that disagrees with an event found only that loosely is more likely another
  // event's date than a mistake: no claim (a card saying "maybe" about it would be noise).
  // Nor does a fact only pointed back to ("the suspended measures … Dec. 1"): which of the
  // earlier events is meant is a guess.
  // "The summit runs from Sept. 15 to 16": keywords that head the subject of a verb of
  // occurrence the date is the adjunct of tie it by the clause's structure (ADR 0067).
  // "… since the leaders met in Kazan, Russia, in September last year": a meeting placed at the
  // one place its record has, between its parties, ties the date the same way (ADR 0073).
  const placed = meetingAtItsPlace(c, e, best, all);
  const occurs =
    (best.sameClause && occurrenceOfSubject(c.input.text, c.sentence, e, best.mention)) || placed || met;
  if (
    (weakKeywords(c, e, best) && !(e.bound === 'until' && best.cmp.agrees) && !occurs) ||
    (best.mention.loose && !placed) ||
    // (An event taken up from the sentence before that heads the subject of the date's verb of
    // occurrence, "The clash took place on …", is tied by that structure: ADR 0073.)
    (best.mention.inherited && !best.cmp.agrees && !occurs)
  )
    return { claim: null, anchor: claimed };
  // "In March 2026, IndiGo and China Eastern plan more flights …" weeks after flights resumed:
  // a date still to come, found by keywords alone, for an event already past is a later plan of
  // the same kind, not a wrong date of the event (ADR 0054 round 23). Not a gap counted from
  // another event ("ten months after the 23rd round"): there a date past publication is the error.
  if (
    e.kind !== 'anchored' &&
    !best.cmp.agrees &&
    best.mention.strength === 'evidence' &&
    laterPlan(best.record, claimed, c.input.published)
  )
    return { claim: null, anchor: claimed };
  // A cue whose words reach into another clause ("take effect on Nov. 8, while rules on
  // foreign-made goods …") does not say which clause's event the date is.
  // (Not when the clause names the meeting's two parties meeting on the date: ADR 0082.)
  if (
    best.mention.strength === 'cue' &&
    !best.whole &&
    !best.mention.derived &&
    !best.mention.inherited &&
    !met &&
    !byAnnouncer
  )
    return { claim: null, anchor: claimed };
  if (!best.cmp.agrees && cueSpansOtherPlace(c, best.mention)) return { claim: null, anchor: claimed };
  // "tourist visas in July, the Tianjin summit in August–September": a list item's date is its own
  // subject's, not an event named in another item that dates it (segment-date.ts, ADR 0113).
  if (
    !best.cmp.agrees &&
    namedInOtherDatedItem(c.input.text, c.sentence, e, best.mention, c.expressions ?? [])
  )
    return { claim: null, anchor: claimed };
  // "2024's Announcement No. 46, partly suspended on 9 Nov until 27 Nov 2026": a document the
  // fact base does not know, whose date a cue of another fact's act cannot claim (other-document.ts).
  if (!best.cmp.agrees && best.mention.strength !== 'alias' && unknownDocumentBefore(c, e))
    return { claim: null, anchor: claimed };
  // "… two days after Announcement No. 70 paused the October package", "The halt in
  // specialty-fertiliser shipments, …": the cue's words are another event's there (name-head.ts).
  if (!best.cmp.agrees && cueWordsOfAnotherEvent(c, e, best.mention)) return { claim: null, anchor: claimed };
  // "750 pilgrims, picked by a draw in May from 5,561 applicants, are travelling …": the aside's
  // date is its own act's, not a fact found only around it (dated-aside.ts).
  if (!best.cmp.agrees && outsideDatedAside(c.input.text, c.sentence, e, best.mention))
    return { claim: null, anchor: claimed };
  // "Since December, … held two rounds of SR talks, restarted the pilgrimage in June": the cue is
  // whole only through another date, which dates the fact rightly; this one is another's (ADR 0072).
  if (cueDatedElsewhere(best, e, c.expressions ?? [])) return { claim: null, anchor: claimed };
  // "Between Jaishankar's mid-July visit and Modi's 31 Aug talks with Xi": another date, set in
  // the fact's own phrase, dates it rightly; this one is another event's (ADR 0072).
  if (e.kind !== 'anchored' && datedInOwnPhrase(c.input.text, best, e, c.expressions ?? []))
    return { claim: null, anchor: claimed };
  // A rival is a candidate tied about as closely: its words as much in the date's clause and
  // not much farther from it ("met Xi there on August 3" beside "went to Tianjin for the
  // summit": the summit's words are three times as far).
  const rivals: DateTie[] = order.filter(
    (t) =>
      t !== best &&
      firm(t) &&
      !clearlyFarther(t, best, claimed) &&
      (t.whole || !best.whole) &&
      t.distance <= best.distance + DATE_RIVAL_CHARS &&
      !otherShape(claimed, best, t) &&
      !cueMetByDate(t.mention, e) &&
      !keywordsOnlyItsName(best.mention, t) &&
      !lessSpecific(c.input.text, best, t, c.sentence) &&
      !cuedOverKeywords(best, t) &&
      !inSequelClause(c.input.text, c.sentence, e, t.mention.positions),
  );
  if (elsewhere && !cueMetByDate(elsewhere.mention, e)) rivals.push(elsewhere);
  // "suspend … the measures it announced on Oct. 9": the date is the measures'; the act on
  // them, cued only with words outside their phrase, is no rival (ADR 0038).
  const announced = announcedPhrase(c.input.text, e);
  // A rival the sentence dates rightly with another of its dates is no rival (rival-dated.ts).
  // Nor is any when the date is the adjunct of the subject's verb of occurrence (ADR 0067).
  // "In April, around the time Wang Yi visited New Delhi, China cleared …": an event the date is
  // put beside by a time apposition, that the date misses too, is no rival (time-apposition.ts).
  const standing = occurs
    ? []
    : undatedRivals(
        best,
        announced ? rivals.filter((t) => !actOutsidePhrase(announced, best.mention, t.mention)) : rivals,
        e,
        c.expressions ?? [],
      ).filter((t) => !apposedTimeRival(c.input.text, c.sentence, e, best, t));
  // (Only against a fact reached through a relation of the one the sentence names: a date of the
  // named event's sibling is the commonest real error, and stays one.)
  const agreeing =
    best.cmp.agrees || !related.includes(best)
      ? null
      : agreeingKeywordFact(c, e, claimed, best.mention.fact.id);
  // "The previous round … was held in New Delhi in December 2019": years from every candidate.
  if (!agreeing && dateOfAThirdEvent(claimed, best, standing)) return { claim: null, anchor: claimed };
  // A part and its whole that both disagree leave no doubt (rivals-disagree.ts).
  const oneEvent =
    !agreeing && partAndWholeDisagree(c.input.text, e, best, standing, c.expressions ?? [], found);
  if ((standing.length || agreeing) && !oneEvent)
    doubts.push(
      reason('rival-facts', {
        others: [...standing.map((t) => t.mention.fact.title), ...(agreeing ? [agreeing.title] : [])].join(
          '; ',
        ),
      }),
    );
  // "from Nov. 9" without a year: last year's or this year's; neither fits, so which is meant is open.
  // Not when the subject's verb of occurrence gives the date and neither reading fits: wrong in
  // either year, and said in the reading nearer the record (ADR 0067).
  const eitherWrong =
    occurs && alternative !== null && !best.cmp.agrees && !compareDates(alternative, best.record).agrees;
  if (e.ambiguous || (alternative && e.rule !== 'weekday' && !eitherWrong))
    doubts.push(reason('ambiguous-date'));
  // "in the same week as the Busan summit": the anchor is named after "as", not the date before
  // it that the anchored reading took (ADR 0092).
  if (
    !best.cmp.agrees &&
    e.rule === 'anchored-next' &&
    /^\s+as\b/i.test(c.input.text.slice(e.end, e.end + 4))
  )
    doubts.push(reason('ambiguous-date'));
  // "China's reported easing of urea exports this month" (August), tied to June's easing that
  // August's superseded: which step of the story is meant is open (successor-date.ts, ADR 0113).
  const step = best.cmp.agrees ? null : neighbourStepAgrees(e, best.mention.fact, claimed, c.input.factById);
  if (step) doubts.push(reason('rival-facts', { others: step }));
  // "Beijing confirmed on Tuesday that …", beside a record of India's ministry confirming it: the
  // other side's statement on the same news (statement-speaker.ts).
  // "Officials told reporters on Monday that …", "It emerged on Wednesday that …": the day unnamed
  // people told the news, not the record's (generic-speaker.ts, ADR 0092).
  if (!best.cmp.agrees && (otherSideSpeaks(c, e, best.mention.fact) || genericSpeakerDate(c, e)))
    doubts.push(reason('other-speaker'));
  // "reports of a 'March 2021' admission are wrong": the sentence quotes the date to correct it.
  if (!best.cmp.agrees && quotedToCorrect(c.input.text, c.sentence, e))
    doubts.push(reason('quoted-correction'));
  // Of a part and its whole, a day is the one-day part's (rivals-disagree.ts).
  const owner = oneEvent ? dayPart(claimed, best, standing) : best;
  if (eitherWrong && gapDays(alternative, owner.record) < gapDays(claimed, owner.record)) {
    const reread = reason(read.code, { ...read.params, resolved: formatInterval(alternative) });
    const nearer = { ...owner, cmp: compareDates(alternative, owner.record) };
    return { claim: dateClaim(c, e, nearer, alternative, reread, doubts), anchor: owner.record };
  }
  return { claim: dateClaim(c, e, owner, claimed, read, doubts), anchor: owner.record };
}
