/**
 * Candidates for alignment (ADR 0015): an inverted index over B's features proposes, for each
 * sentence of A, only B's sentences that share a rare feature (never all n·m pairs); each is
 * scored by cosine and kept unless the evidence says the two tell different things (evidence.ts,
 * figures.ts, commodities.ts, undertakings.ts, predicates.ts, gatherings.ts, scopes.ts,
 * moments.ts, first-since.ts, lasting-states.ts, first-times.ts). Split from align.ts in round 14.
 */
import { announcementOrRemark } from './announcements';
import { arrivalOrMeeting, departureOrPresence } from './arrivals';
import { otherBody } from './bodies';
import { otherCommodity } from './commodities';
import { dateOrCount } from './date-or-count';
import { cosineOverDatedEvents } from './dated';
import { counterparts, namesAlone, otherHappening, otherInstance, sharedUniqueDate } from './evidence';
import { cosine, type Vector } from './features';
import { figureInPassing } from './figure-modifiers';
import { sharedUniqueFigure, sharesFigure } from './figures';
import { firstSinceReference } from './first-since';
import { twoFirsts } from './first-times';
import { summitOrMeetingAt } from './gatherings';
import { stateOrRestart } from './lasting-states';
import { otherMoment } from './moments';
import { otherSpeakers } from './other-speakers';
import { meetingOrOutcome } from './outcomes';
import { pendingOrDone } from './pending';
import { personsAlone } from './persons';
import { forecastOrFact } from './plans';
import { asksAlone, otherDirection, otherMeetingPhase } from './predicates';
import { roleOrAct } from './roles';
import { scheduleOrAgreement } from './schedules';
import { totalOrPart } from './scopes';
import { settingsOnly } from './settings';
import { silenceOrStatement } from './silence';
import { oneSpeakerTwoStatements } from './speaker-titles';
import { oneSpeakerTwoRemarks } from './speakers';
import { otherSpeechAct } from './speech-acts';
import { startOrLength } from './start-length';
import { SAME_SENTENCE, STRONG, WEAK } from './thresholds';
import { REMARK_KEYS } from './tokens';
import { twoQuotesOneSpeaker } from './two-quotes';
import { otherStep } from './undertakings';

export interface Candidate {
  readonly a: number;
  readonly b: number;
  readonly score: number;
  readonly shared: number;
  /** Shared features found in no other sentence of either article (see Rarity.unique). */
  readonly unique: number;
  /** A day of a month (a month and a day number) said in these two sentences and no other. */
  readonly uniqueDate?: boolean;
  /** A figure (not a day or a year) said in these two sentences and no other (figures.ts). */
  readonly uniqueFigure?: boolean;
}

/** Adds B's sentence `j` to the inverted index (feature → B sentences having it). */
export function addToIndex(index: Map<string, number[]>, v: Vector, j: number): void {
  for (const k of v.w.keys()) {
    const list = index.get(k);
    if (list) list.push(j);
    else index.set(k, [j]);
  }
}

/** Per B side, the partial dot products of the A sentence being scored (all zero between calls). */
const scratch = new WeakMap<readonly Vector[], { sum: Float64Array; met: Uint8Array }>();
/** The candidates in B for sentence `i` of A, scored (see below). No cut-off by rank, so the
 * candidates are the same whichever article is A (swapping A and B swaps the result). */
export function candidatesFor(
  i: number,
  va: Vector,
  vb: readonly Vector[],
  index: ReadonlyMap<string, number[]>,
  features: { common(key: string): boolean; unique(key: string): boolean },
): Candidate[] {
  // Dot products over the features that propose candidates; a B sentence is scored in full
  // only when they alone reach half of WEAK (the rest, common words, cannot make a pair of
  // it on their own). The same rule whichever article is A.
  // Summed in a kept array (one per B side, zeroed again after each call), the B sentences in
  // the order they were first met: what a Map by sentence gave, without one per A sentence.
  let kept = scratch.get(vb);
  if (!kept) {
    kept = { sum: new Float64Array(vb.length), met: new Uint8Array(vb.length) };
    scratch.set(vb, kept);
  }
  const { sum, met: isMet } = kept;
  const met: number[] = [];
  for (const [k, x] of va.w) {
    const list = index.get(k);
    if (!list || features.common(k)) continue;
    for (const j of list) {
      if (!isMet[j]) {
        isMet[j] = 1;
        met.push(j);
      }
      sum[j] = (sum[j] as number) + x * ((vb[j] as Vector).w.get(k) ?? 0);
    }
  }
  const dots = met.map((j) => sum[j] as number);
  for (const j of met) {
    sum[j] = 0;
    isMet[j] = 0;
  }
  const out: Candidate[] = [];
  for (let q = 0; q < met.length; q++) {
    const j = met[q] as number;
    const dot = dots[q] as number;
    const v = vb[j] as Vector;
    if (dot < (WEAK / 2) * va.norm * v.norm) continue;
    // A date both write but each for another event is no shared evidence (dated.ts, round 18).
    const c = cosineOverDatedEvents(va, v, features.unique) ?? cosine(va, v, features.unique);
    if (
      c.score >= WEAK &&
      enoughShared(c, va, v, features.unique) &&
      !counterparts(va, v) &&
      // One name in common is a topic: no anchor (round 10); weak names-only pairs are
      // judged in selectPairs (namesOnly).
      !(c.score >= STRONG && c.score < SAME_SENTENCE && namesAlone(va, v)) &&
      (c.score >= SAME_SENTENCE ||
        (!otherInstance(va, v) &&
          !(otherHappening(va, v) && !sharesFigure(va, v)) &&
          !otherCommodity(va, v) &&
          !otherStep(va, v) &&
          !otherMeetingPhase(va, v) &&
          !(otherDirection(va, v) && !sharedUniqueQuantity(va, v, features.unique)) &&
          !meetingOrOutcome(va, v) &&
          !arrivalOrMeeting(va, v) &&
          !departureOrPresence(va, v) &&
          !otherSpeechAct(va, v) &&
          !asksAlone(va, v) &&
          !personsAlone(va, v) &&
          !oneSpeakerTwoRemarks(va, v) &&
          !twoQuotesOneSpeaker(va, v) &&
          !silenceOrStatement(va, v) &&
          !forecastOrFact(va, v) &&
          !pendingOrDone(va, v) &&
          !settingsOnly(va, v) &&
          !roleOrAct(va, v) &&
          !otherBody(va, v) &&
          !startOrLength(va, v) &&
          !scheduleOrAgreement(va, v) &&
          !figureInPassing(va, v) &&
          !announcementOrRemark(va, v) &&
          !summitOrMeetingAt(va, v) &&
          !totalOrPart(va, v) &&
          !otherMoment(va, v) &&
          !firstSinceReference(va, v) &&
          !stateOrRestart(va, v) &&
          !twoFirsts(va, v) &&
          !dateOrCount(va, v) &&
          !oneSpeakerTwoStatements(va, v) &&
          !otherSpeakers(va, v)))
    )
      out.push({
        a: i,
        b: j,
        ...c,
        uniqueDate: sharedUniqueDate(va, v, features.unique),
        uniqueFigure: sharedUniqueFigure(va, v, features.unique),
      });
  }
  return out;
}

/**
 * Two features shared make a candidate; one is enough when it is a speaker's act said in these
 * two sentences and no other (tokens.ts REMARK_KEYS: "He did not elaborate" / "Jaiswal gave no
 * details of the companies"): it stands for a whole phrase, not one word (round 12); or a figure
 * (not a day or a year) that these two sentences give and no other ("The group of 36 yatris
 * made the crossing" / "The batch comprised 36 pilgrims"): as specific as a date (round 20).
 * The speaker's act need not be rare when it is most of what both sentences say (round 30).
 * A theme fact both mention (f:topic.*) is no second feature: it echoes the word that names the
 * theme ("hoped for a broader truce" / "the truce eased tensions": one word, one theme; round 43).
 */
function enoughShared(
  c: { score: number; shared: number; unique: number },
  va: Vector,
  vb: Vector,
  unique: (key: string) => boolean,
): boolean {
  if (c.shared - sharedTopics(va, vb) >= 2) return true;
  if (c.shared < 1) return false;
  // A speaker's act that is most of both sentences (an anchor's score) needs no rarity: "He did
  // not elaborate." / "He offered no details on the conditions." when another sentence of the
  // story withholds details too (round 30).
  for (const k of REMARK_KEYS)
    if (va.w.has(k) && vb.w.has(k) && (unique(k) || c.score >= STRONG)) return true;
  if (c.unique !== 1) return false;
  return sharedUniqueFigure(va, vb, unique);
}

/** Theme facts (f:topic.*) both sentences mention. */
function sharedTopics(va: Vector, vb: Vector): number {
  let n = 0;
  for (const k of va.w.keys()) if (k.startsWith('f:topic.') && vb.w.has(k)) n++;
  return n;
}

/**
 * A count of the fact base (f:quantity.*) the claim engine found in these two sentences and no other
 * (round 44, ADR 0131): both tell that count, whichever way each one's verb goes ("has been suspended
 * since 2020, a gap of nearly five years" / "resumes after a three-year suspension"), so
 * `otherDirection` does not part them; the count ties them one to one, as a unique figure does.
 */
function sharedUniqueQuantity(va: Vector, vb: Vector, unique: (key: string) => boolean): boolean {
  for (const k of va.w.keys()) if (k.startsWith('f:quantity.') && vb.w.has(k) && unique(k)) return true;
  return false;
}
