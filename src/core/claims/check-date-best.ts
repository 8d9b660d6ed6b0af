import { actGoverningDate } from './act-dates-keywords';
import { numberedOtherInstance } from './anchor-head';
import { announcerVerbDate } from './announcer-verb';
import { type Checker, firm, statisticPeriod } from './check-common';
import { checkDate } from './check-dates';
import { doneInTime } from './completion-by';
import { counterfactualSchedule } from './counterfactual-schedule';
import { cueDatedElsewhere, cuedInOtherDatedPhrase, datedInOwnPhrase } from './cue-dated-elsewhere';
import { lessSpecific } from './cue-specific';
import { dateClaim } from './date-claim';
import { agreeingKeywordFact, type DateCheck } from './date-fallbacks';
import { cueSpansOtherPlace } from './date-owners';
import { cuedOverKeywords, weakKeywords } from './date-tie-weights';
import { agreeingTie, clearlyFarther, type DateTie, dateBetween, otherShape } from './date-ties';
import { outsideDatedAside } from './dated-aside';
import { keywordNounDatedElsewhere } from './dated-noun';
import { type DateInterval, formatInterval, gapDays } from './dates';
import { genericSpeakerDate } from './generic-speaker';
import { otherStageAgrees } from './instrument-stages';
import { startOfOwnAct } from './instrument-start';
import { invitedEvent } from './invited-event';
import { meetingAtItsPlace } from './meeting-place';
import { lookupsOf } from './mention-lookups';
import { cueWordsOfAnotherEvent } from './name-head';
import { occurrenceOfSubject } from './occurrence-subject';
import { unknownDocumentBefore } from './other-document';
import { namedOnlyInOtherPart } from './own-side-date';
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
import { otherEndAgrees } from './range-ends';
import { type Reason, reason } from './reasons';
import { restatesDate } from './restated-date';
import { datedInOwnClause, undatedRivals } from './rival-dated';
import { actOutsidePhrase, announcedPhrase, cueMetByDate, keywordsOnlyItsName } from './rival-guards';
import { dayPart, partAndWholeDisagree } from './rivals-disagree';
import { namedInOtherDatedItem } from './segment-date';
import { inSequelClause } from './sequel-clause';
import { otherSideSpeaks } from './statement-speaker';
import { neighbourStepAgrees } from './successor-date';
import type { TemporalExpression } from './temporal';
import { actEndingAt } from './temporal-cues';
import { dateOfAThirdEvent } from './third-event';
import { apposedTimeRival } from './time-apposition';
import { compareDates } from './verdict';
import { wholeOwningDay } from './whole-date';

/** A candidate whose nearest word is this many characters farther from a date than the best's is no rival. */
export const DATE_RIVAL_CHARS = 24;
/** A fact of another clause whose record is this many days wider than a date does not make the date ambiguous. */
export const ELSEWHERE_WIDER_DAYS = 7;

/** The candidates a date's best-tied fact was chosen from (checkDateTies in check-dates.ts). */
export interface BestTie {
  /** The candidate the date is most likely of. */
  readonly best: DateTie;
  /** Every candidate left, in order of preference (best first). */
  readonly order: DateTie[];
  /** The candidates left by the clause's filters (without a whole its named part takes the date from). */
  readonly ties: DateTie[];
  /** The candidates left by the clause's filters, before the part-of check. */
  readonly all: DateTie[];
  /** Every candidate found, before any filter (for the other parts of a whole: rivals-disagree.ts). */
  readonly found: DateTie[];
  /** Facts related to a named one that own the date's bound (relatedOwners in date-ties.ts). */
  readonly related: DateTie[];
}

/** A date tied best to `picked.best`: no claim, a claim with doubts, or a plain claim on its fact. */
export function judgeBestTie(
  c: Checker,
  e: TemporalExpression,
  claimed: DateInterval,
  read: Reason,
  alternative: DateInterval | null,
  picked: BestTie,
): DateCheck {
  const { best, order, ties, all, found, related } = picked;
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
  // "…, the 22nd round having been held in New Delhi in December 2019" beside the 23rd round,
  // found by its cue: the date's clause numbers another instance of the series (ADR 0155).
  if (!best.cmp.agrees && numberedOtherInstance(c.input.text, c.sentence, e, best.mention))
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
    (best.sameClause && occurrenceOfSubject(c.input.text, c.sentence, e, best.mention)) ||
    placed ||
    met ||
    // "China did not admit to any losses until March 2021": the negated act ends at the date (ADR 0143).
    actEndingAt(c.input.text, e.start, best.mention.positions);
  if (
    (weakKeywords(c, e, best) &&
      !(e.bound === 'until' && best.cmp.agrees) &&
      !occurs &&
      // "The two met again in New Delhi on June 22": the event's act verb governs the date (ADR 0146).
      !(!best.cmp.agrees && actGoverningDate(c, e, best))) ||
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
    namedInOtherDatedItem(c.input.text, c.sentence, e, best.mention, c.expressions ?? [], c.mentions)
  )
    return { claim: null, anchor: claimed };
  // "… the Kazan summit and the completion of disengagement on Oct. 30", "from the May 2020 clash to
  // the Depsang pullback in October 2024": the date is its own phrase's or side's (own-side-date.ts,
  // ADR 0133).
  if (
    !best.cmp.agrees &&
    e.kind !== 'anchored' &&
    namedOnlyInOtherPart(c.input.text, c.sentence, e, best.mention)
  )
    return { claim: null, anchor: claimed };
  // "2024's Announcement No. 46, partly suspended on 9 Nov until 27 Nov 2026": a document the
  // fact base does not know, whose date a cue of another fact's act cannot claim (other-document.ts).
  if (!best.cmp.agrees && best.mention.strength !== 'alias' && unknownDocumentBefore(c, e))
    return { claim: null, anchor: claimed };
  // "… two days after Announcement No. 70 paused the October package", "The halt in
  // specialty-fertiliser shipments, …": the cue's words are another event's there (name-head.ts).
  if (!best.cmp.agrees && cueWordsOfAnotherEvent(c, e, best.mention)) return { claim: null, anchor: claimed };
  // "… call on Modi today and hand over Xi's invitation to the SCO summit": the summit, still ahead,
  // is what the invitation is to (invited-event.ts, ADR 0155).
  if (
    !best.cmp.agrees &&
    best.mention.strength !== 'alias' &&
    invitedEvent(c.input.text, c.sentence, e, best.mention, claimed, best.record)
  )
    return { claim: null, anchor: claimed };
  // "750 pilgrims, picked by a draw in May from 5,561 applicants, are travelling …": the aside's
  // date is its own act's, not a fact found only around it (dated-aside.ts).
  if (!best.cmp.agrees && outsideDatedAside(c.input.text, c.sentence, e, best.mention))
    return { claim: null, anchor: claimed };
  // "began on Monday, joining the Kolkata route that restarted on 26 October": keywords whose noun
  // a relative clause dates rightly; this date is another happening's (dated-noun.ts, ADR 0161).
  if (keywordNounDatedElsewhere(c, e, best)) return { claim: null, anchor: claimed };
  // "Since December, … held two rounds of SR talks, restarted the pilgrimage in June": the cue is
  // whole only through another date, which dates the fact rightly; this one is another's (ADR 0072).
  if (cueDatedElsewhere(best, e, c.expressions ?? [])) return { claim: null, anchor: claimed };
  // "left untouched its April 4 licensing of seven heavy rare earths": the cue is met only in a
  // phrase another date names as another fact's (ADR 0123).
  if (
    e.kind !== 'anchored' &&
    cuedInOtherDatedPhrase(c.input.text, c.sentence, best, e, c.expressions ?? [], c.mentions)
  )
    return { claim: null, anchor: claimed };
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
  // "Parts of the October package were due to start on Dec. 1": another stage of the instrument (instrument-stages.ts).
  const stage = best.cmp.agrees
    ? null
    : otherStageAgrees(
        best.mention.fact,
        claimed,
        c.input.text.slice(c.sentence.start, e.start),
        c.input.factById,
        lookupsOf(c.input.index, c.input.factById, c.input.memo).partsOf,
      );
  if (stage) doubts.push(reason('rival-facts', { others: stage }));
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
