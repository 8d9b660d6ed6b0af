/**
 * "The rules are now due to kick in on Nov. 10, 2026", "pushed back to …", "postponed until …",
 * "will now take effect on …", "suspended until …" (ADR 0103): a date told after a change of
 * schedule is the new schedule (or the end of the suspension), never the original instrument's
 * date, its original start, nor the day the change was made. A date that disagrees with such a
 * fact is checked against the fact the record keeps for the new schedule, when the fact names one
 * (a related fact that is a stoppage's end); else it is no claim.
 *
 * Only for facts the change acts on (an instrument, a scheduled start, a stoppage): an event that
 * took place after being put off ("the talks, pushed back to Dec. 18") is recorded on the day it
 * was held, which is the new schedule; its date is compared as usual.
 */
import type { Fact } from '../facts/schema';
import type { Checker } from './check-common';
import { buildClaim, type Claim } from './claim';
import { type DateInterval, factInterval, formatInterval } from './dates';
import { ownWords } from './phases';
import { type Reason, reason } from './reasons';
import type { TemporalExpression } from './temporal';
import { clauseAt } from './ties';
import { compareDates } from './verdict';

/** At most five words or numbers, then the preposition: ", by a year, to", "from Nov. 8, 2025 to". */
const GAP = "(?:[\\s,]+[\\p{L}\\p{N}.'\u2019-]+){0,5}?[\\s,]+";

/** A verb of start or of running, after "now" or "will now". */
const START =
  '(?:take\\s+effect|kick\\s+in|come\\s+into\\s+(?:force|effect)|enter\\s+into\\s+force|start|begin|apply|run|expire|end|lapse)';

/**
 * A change of schedule right before the date: "now (due|set|…) to <start>" or "will now <start>"
 * with the date's preposition ("on", "from", "in", …), or a verb of putting off ("pushed back",
 * "postponed", "deferred", "delayed", "rescheduled", "suspended", "paused", "put on hold", "put
 * off", "extended") with a preposition of the new schedule ("to", "until", "till", "for"): not
 * "suspended on Nov. 7", the day of the act. At most four words between (", by a year,").
 */
const RESCHEDULED_BEFORE = new RegExp(
  `(?:\\bnow\\s+(?:(?:due|set|scheduled|slated|expected|planned|meant)\\s+to\\s+)?${START}${GAP}(?:on|from|in|by|for|to|until|till)|(?:\\b(?:pushed|put|moved)\\s+back|\\bput\\s+off|\\b(?:put|placed)\\s+on\\s+(?:hold|ice)|\\bpostpone[ds]?|\\bdefer(?:s|red)|\\bdelay(?:s|ed)|\\breschedule[ds]?|\\bsuspend(?:s|ed)|\\bpaus(?:es|ed)|\\bextend(?:s|ed))${GAP}(?:to|until|till|for))\\s+$`,
  'iu',
);

/** A verb of putting off right before a range ("postponed from November to December 2026"). */
const PUT_OFF_BEFORE_RANGE =
  /(?:\b(?:pushed|put|moved)\s+back|\bput\s+off|\bpostpone[ds]?|\bdefer(?:s|red)|\bdelay(?:s|ed)|\breschedule[ds]?)(?:[\s,]+[\p{L}-]+){0,4}?\s+$/iu;

/** Own words of a stoppage (a suspension, pause, deferral). */
const STOPPAGE = /suspen|paus|halt|defer|postpon|delay|freez/;
/** Own words of an end. */
const END = /\bend\b|\bends\b|expir|lapse|until/;
/** Own words of a fact that records a schedule rather than something done. */
const SCHEDULE = /\bscheduled\b|\bdue\b/;

/** True when the fact is the end of a stoppage: the new schedule of what was stopped. */
const isNewSchedule = (f: Fact): boolean => {
  const own = ownWords(f);
  return STOPPAGE.test(own) && END.test(own);
};

/** The change of schedule right before `e` in its clause, if any (its words). */
export function rescheduledFrame(c: Checker, e: TemporalExpression): string | null {
  const clause = clauseAt(c.input.text, c.sentence, e.start);
  const m = RESCHEDULED_BEFORE.exec(c.input.text.slice(clause.start, e.start));
  return m ? m[0].trim() : null;
}

/**
 * The stoppage's end the record keeps for a fact the change acts on: among its related facts, or
 * those of the instrument that superseded it. Null when there is none, or more than one.
 */
function newScheduleOf(c: Checker, fact: Fact): Fact | null {
  const byId = c.input.factById;
  const related = (f: Fact) => (f.relations ?? []).map((r) => byId(r.target)).filter((x) => x !== undefined);
  const direct = related(fact).filter(isNewSchedule);
  const found = direct.length
    ? direct
    : (fact.relations ?? [])
        .filter((r) => r.type === 'superseded-by')
        .flatMap((r) => {
          const by = byId(r.target);
          return by ? related(by).filter(isNewSchedule) : [];
        });
  const ids = new Set(found.map((f) => f.id));
  return ids.size === 1 ? (found[0] ?? null) : null;
}

/** The day the new schedule was set: the dated act it comes after (its instrument). */
function setOn(c: Checker, fact: Fact): number | null {
  const days = (fact.relations ?? [])
    .filter((r) => r.type === 'after' || r.type === 'part-of')
    .map((r) => c.input.factById(r.target)?.date)
    .map((d) => (d ? factInterval(d)?.start : undefined))
    .filter((d) => d !== undefined);
  return days.length ? Math.max(...days) : null;
}

/** True when a change of schedule acts on the fact: an instrument, a scheduled start or a stoppage. */
const changedByIt = (f: Fact): boolean =>
  !isNewSchedule(f) && (f.kind === 'instrument' || SCHEDULE.test(ownWords(f)) || STOPPAGE.test(ownWords(f)));

/**
 * A disagreeing date told after a change of schedule, for a fact the change acts on: the claim
 * against the new schedule the record keeps (a disagreement is `differs` only where the original
 * one was, and the article was written after the new schedule was set, before it ran out), or no
 * claim when the record keeps none. Undefined when the rule does not apply.
 */
export function rescheduledClaim(
  c: Checker,
  e: TemporalExpression,
  claimed: DateInterval,
  read: Reason,
  claim: Claim | null,
): Claim | null | undefined {
  if (!claim || claim.verdict === 'consistent' || claim.verdict === 'outdated') return undefined;
  const fact = c.input.factById(claim.factId);
  if (!fact || !changedByIt(fact)) return undefined;
  // "postponed from November to December 2026": the range's ends are the old schedule and the
  // new one, not one span; no claim.
  const text = c.input.text;
  if (/^from\b/i.test(text.slice(e.start, e.end))) {
    const clause = clauseAt(text, c.sentence, e.start);
    return PUT_OFF_BEFORE_RANGE.test(text.slice(clause.start, e.start)) ? null : undefined;
  }
  const frame = rescheduledFrame(c, e);
  if (!frame) return undefined;
  const next = newScheduleOf(c, fact);
  const record = next?.date ? factInterval(next.date) : null;
  if (!next || !record) return null;
  const cmp = compareDates(claimed, record);
  const agrees = cmp.agrees;
  const pub = c.input.published;
  const set = setOn(c, next);
  const known = pub !== null && set !== null && set <= pub && pub < record.start;
  if (!agrees && !(claim.verdict === 'differs' && known)) return null;
  return buildClaim(c.input.text, {
    span: e,
    fact: next,
    via: reason('found-cue', { fact: next.title, words: frame }),
    agrees,
    certain: true,
    resolved: formatInterval(claimed),
    record: formatInterval(record),
    reasons: [read, cmp.reason],
    doubts: [],
    published: pub,
    confidence: next.confidence,
  });
}
