import { anniversaryYear, periodAsSubject } from './anniversary';
import { type Checker, disowned, firm, statisticPeriod } from './check-common';
import { judgeBestTie } from './check-date-best';
import { mostSpecificFirst } from './cue-specific';
import { dateClaim } from './date-claim';
import { type DateCheck, issuedClaim, weakAgreement } from './date-fallbacks';
import { framedTies } from './date-frames';
import { phraseOwners } from './date-phrase-owners';
import { namedOverKeywords, weakKeywords } from './date-tie-weights';
import {
  agreeingTie,
  type DateTie,
  dateTies,
  nearestFirst,
  partNamedByWords,
  partNamedIn,
  relatedOwners,
  upcomingEvent,
} from './date-ties';
import { type DateInterval, formatInterval } from './dates';
import { acrossEffect } from './effect-clause';
import { ownActTies } from './framed-acts';
import { isJourney, journeyDate } from './journey-date';
import { isMeeting, meetingClaim, meetingPhrase, ofThesePeople, personsIn } from './meeting-phrase';
import { meetingAtItsPlace, placedMeetingFirst } from './meeting-place';
import { namedWhole } from './named-whole';
import { noticeDay } from './notice-day';
import { subjectFirst } from './occurrence-subject';
import { partOverWhole } from './part-over-whole';
import { holdingSpanEnd } from './range-ends';
import { type Reason, reason } from './reasons';
import { relativeTies } from './relative-ties';
import { reportBeforeEvent } from './report-before-event';
import { rescheduledClaim } from './rescheduled';
import { supersedingOnly } from './rival-guards';
import { ownPartTies } from './segment-date';
import { siblingOfDated } from './sibling-dated';
import { stoppedBeforeNamed } from './stopped-subject';
import type { TemporalExpression } from './temporal';
import { tenureDate } from './tenure';
import { toldApart } from './told-apart';
import { toldBeforeEvent } from './told-before-event';
import { topicEventNamedElsewhere } from './topic-sibling';
import { tiedByWhenClause } from './when-clause';
import { withheldDisagreement } from './withheld-disagreement';

export { DATE_RIVAL_CHARS, ELSEWHERE_WIDER_DAYS } from './check-date-best';
export { type DateCheck, unresolved } from './date-fallbacks';
export { CLEAR_MARGIN_DAYS, CLEAR_RATIO, UPCOMING_EVENT_DAYS } from './date-ties';
export { SCHEDULED_LOOKBACK_DAYS } from './publication-side';

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
    c.expressions,
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
    // (A day already read as the coming one, ADR 0147, is read only so; its other reading is the past one.)
    if (alternative.start < claimed.start) return checkDate(c, e, claimed, read, null);
    const reread = reason(read.code, { ...read.params, resolved: formatInterval(alternative) });
    return checkDate(c, e, alternative, reread, null);
  }
  const all = ties;
  let close = all.filter((t) => t.sameClause && !t.related);
  // "The meeting came after the two leaders' talks in Kazan, Russia, last December": a meeting its
  // words, its one place and its parties name in the date's clause (ADR 0073) owns the date; keywords
  // of another event that the date happens to fit do not take it from it (ADR 0128).
  const placedWrong = close.some((t) => !t.cmp.agrees && meetingAtItsPlace(c, e, t, all));
  const agreeable = (ts: DateTie[]) =>
    placedWrong ? ts.filter((t) => t.mention.strength !== 'evidence') : ts;
  let hit =
    agreeingTie(holdingSpanEnd(c.input.text, e, c.expressions ?? [], agreeable(close), claimed), claimed) ??
    (close.some((t) => firm(t)) ? undefined : agreeingTie(agreeable(all), claimed));
  // "Doval, who was in Beijing on Wednesday for the first SR talks …, agreed … on a six-point
  // consensus": the topic's event named in another clause, which the date fits (topic-sibling.ts).
  hit ??= topicEventNamedElsewhere(c, e, close, found, claimed);
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
  // "agreed in principle … when Misri met Sun Weidong in Beijing in April": the parties' one meeting the sentence's words tell apart (told-apart.ts).
  const order = toldApart(
    c,
    e,
    siblingOfDated(c.input.text, ordered, e, claimed, c.expressions ?? [], c.input.published),
  );
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
      noticeDay(c, e, claimed, read, ties) ??
      (ties.some((t) => t.cmp.agrees) ? { claim: null, anchor: claimed } : weakAgreement(c, e, claimed, read))
    );
  return judgeBestTie(c, e, claimed, read, alternative, { best, order, ties, all, found, related });
}
