/**
 * Which quantity record a figure measures (split from check-quantities.ts): the records of its
 * unit tied in its clause, narrowed step by step — by order of magnitude, by the words other
 * figures of the sentence own, by a share's own "of" phrase, by an appositive, by the world's
 * figure and its parts — and ordered so that the measure comes first. check-quantities.ts then
 * compares the value with that measure and says what keeps a disagreeing value from being wrong.
 */

import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import { namedElsewhere } from './cause-phrase';
import { type Checker, firm } from './check-common';
import { cuedWithinOverAcross } from './cue-within-clause';
import {
  agreeingFigureInClause,
  agreeingFigureNearer,
  between,
  gapAnchor,
  governs,
  otherEventInClause,
  ownWordsAtAnotherFigure,
  wordsOfAnotherShare,
} from './figure-owners';
import { measureOfRelativeFigure } from './figure-relative';
import {
  type GapPhrase,
  gapOnlyInAbsoluteClause,
  gapPhraseCandidates,
  gapSubjectsOnly,
  subjectAppositive,
} from './gap-subject';
import { clearMeasures } from './measure-clear';
import { introducesNextFigure } from './measure-lists';
import { outsideSpan, ownPositions } from './mention-positions';
import { type Mention, RANK } from './mentions';
import { previousValue } from './phases';
import type { Reason } from './reasons';
import { restatedShare } from './restated-share';
import { shareOfPhrase } from './share-of-phrase';
import { ofSubjectCountry } from './subject-country';
import { clauseAt, type Tie, tieOf } from './ties';
import { compareQuantity } from './verdict';
import { partsOfWorldFigure, worldWordsOfAnother } from './world-measure';

/** A second candidate within this many characters of the best is a rival for a figure's measure. */
export const MEASURE_RIVAL_CHARS = 12;
/** A figure this many times larger or smaller than the record measures something else. */
export const MAGNITUDE_FACTOR = 4;
/** A percentage this many points from the record measures something else. */
export const PERCENT_POINTS = 40;

export type Q = NonNullable<Fact['quantity']>;

/** One reading of a figure: the value as said, what it is checked with and how it was read. */
export interface QuantityReading {
  readonly c: Checker;
  readonly span: Span;
  readonly value: number;
  readonly comparator: Parameters<typeof compareQuantity>[1];
  readonly unit: string;
  /** Why the value reads as it does (the reason that opens the claim's reasons). */
  readonly read: Reason;
  /** The value is a span counted up to publication ("since 2020"), not a figure stated. */
  readonly toPublication: boolean;
  /** Gaps read by what was interrupted (ADR 0047); false: by every word of their cues, as before. */
  readonly bySubject: boolean;
  /** The gap phrase the value stands in, read as its clause's (ADR 0047, 0153); null: none. */
  readonly phrase: GapPhrase | null;
}

/** The measure chosen for a figure: its ties, best first, and what the later checks need of the choice. */
export interface MeasureChoice {
  /** The remaining candidates, the measure first (empty: no measure). */
  readonly ties: readonly Tie[];
  /** The figure's clause. */
  readonly clause: Span;
  /** The measure the figure's own words name (a share's "of" phrase), or null. */
  readonly ownMeasure: Mention | null;
  /** The nearest candidate another figure of the clause took, if any. */
  readonly takenNearest: Tie | undefined;
}

/** A count of a part of a group named before it ("six of whom", "Three of them"). */
const PART_COUNT = /\bof\s+(?:them|whom)$/i;

/** True when a value is of another order than the record: it measures something else. */
export function otherMagnitude(value: number, unit: string, q: Q): boolean {
  if (unit === 'percent') return Math.abs(value - q.value) > PERCENT_POINTS;
  if (value <= 0 || q.value <= 0) return true;
  const r = value / q.value;
  return r > MAGNITUDE_FACTOR || r < 1 / MAGNITUDE_FACTOR;
}

/** True when the value agrees with the tie's record. */
export const agreesWith = (r: QuantityReading, t: { mention: Mention }): boolean =>
  compareQuantity(r.value, r.comparator, r.unit, t.mention.fact.quantity as Q).agrees;

/** `ties` less `drop`, but only when that leaves some. */
const unlessAll = (ties: readonly Tie[], drop: readonly Tie[]): readonly Tie[] =>
  drop.length && drop.length < ties.length ? ties.filter((t) => !drop.includes(t)) : ties;

/** `ties` less `drop`, even when that leaves none. */
const without = (ties: readonly Tie[], drop: readonly Tie[]): readonly Tie[] =>
  drop.length ? ties.filter((t) => !drop.includes(t)) : ties;

/** The figure's measure, first of the ties left; null where it makes no claim (a part count of an unsaid group). */
export function chooseMeasure(r: QuantityReading): MeasureChoice | null {
  let ties: readonly Tie[] = plausibleTies(r, clauseTies(r));
  ties = notListedAhead(r, ties);
  if (partOfUnsaidGroup(r, ties)) return null;
  const clause = clauseAt(r.c.input.text, r.c.sentence, r.span.start);
  const ownMeasure = ownMeasureOf(r);
  const taken = takenByOtherFigure(r, ties, clause, ownMeasure);
  ties = notOwnedElsewhere(r, taken.rest);
  ties = notOfRelativeFigure(r, ties);
  ties = withinAppositive(r, ties);
  ties = notAnotherShare(r, ties);
  ties = notOfAnotherWhole(r, ties);
  ties = loneGap(r, ties);
  if (ownMeasure) ties = [tieOf(r.c.input.text, r.c.sentence, r.span, ownMeasure)];
  ties = agreeingFirst(r, cuedWithinFirst(r, ties));
  return { ties, clause, ownMeasure, takenNearest: taken.nearest };
}

/** Which records of the figure's unit its clause ties it to: the candidates for its measure. */
function clauseTies(r: QuantityReading): readonly Tie[] {
  const { c, span, unit, phrase } = r;
  // "their first face-to-face meeting since 2019": "since" opens a clause for dates; the gap
  // belongs to the words before it, so it is tied from there.
  const from = phrase ? phrase.anchor : unit === 'years' ? gapAnchor(c, span) : span;
  const inUnit = c.mentions
    .filter((m) => m.fact.quantity?.unit === unit)
    .map((m) => (unit === 'years' ? outsideSpan(m, span) : m))
    .filter((m): m is Mention => m !== null)
    .filter((m) => unit !== 'years' || !namedElsewhere(c, span, m));
  const candidates = phrase ? gapPhraseCandidates(c.input.text, phrase, inUnit) : inUnit;
  // A gap's own words ("first", "after", "pause") are every gap's: only what was interrupted says whose.
  const tiedAll = (unit === 'years' && r.bySubject ? gapSubjectsOnly(c.input.text, candidates) : candidates)
    .map((m) => tieOf(c.input.text, c.sentence, from, m))
    // Tied from before "since", a gap needs its measure's words there, not one word of it ("…
    // tourist visas …, and pilgrims went … for the first time since 2019" is the pilgrims' gap).
    .filter((t) => t.sameClause && (from === span || t.whole));
  // "India holds …, but mined just 29,000 tons — … next to China's 270,000": the subject's country's (ADR 0108).
  return unit === 'years' ? tiedAll : ofSubjectCountry(c.input.text, c.sentence, span, tiedAll);
}

/** Which ties are of the value's order (else the one clear measure) with no figure between; firmest, nearest first. */
function plausibleTies(r: QuantityReading, tied: readonly Tie[]): Tie[] {
  const { c, span, unit, value } = r;
  const ordinary = tied.filter((t) => !otherMagnitude(value, unit, t.mention.fact.quantity as Q));
  // "about 300 applications were still awaiting approval": a figure ten times the record,
  // where nothing else can be its measure, is the record's figure stated wrong.
  return (
    (ordinary.length ? ordinary : clearMeasures(c, span, unit, tied, value))
      // "cut the fentanyl tariff to 10% …, bringing the overall rate to 47%": the measure's
      // words belong to the figure nearer them.
      .filter(
        (t) =>
          !(c.numbers ?? []).some(
            (n) =>
              n !== span &&
              n.unit === unit &&
              between(n, t.at, span) &&
              !previousValue(c.input.text, n, c.numbers ?? []),
          ),
      )
      .sort((a, b) => firm(b) - firm(a) || a.distance - b.distance)
  );
}

/** Which ties to drop because their words lead on to the next figure, whose measure they are. */
function notListedAhead(r: QuantityReading, ties: readonly Tie[]): readonly Tie[] {
  const { c, span, unit } = r;
  // "share of refining at 92% and of magnet manufacturing at 94%": words after a figure that
  // lead to the next figure are that figure's measure.
  const listed = ties.filter((t) =>
    introducesNextFigure(c.input.text, c.sentence, span, unit, c.numbers ?? [], t, ties),
  );
  return unlessAll(ties, listed);
}

/** Whether a part count ("six of whom") leaves its group unsaid: rival measures, none it agrees with (ADR 0114). */
function partOfUnsaidGroup(r: QuantityReading, ties: readonly Tie[]): boolean {
  // "…honoured five Chinese soldiers who fought Indian troops, six of whom lost their lives": a
  // part's group is named before it, and which side's dead it counts the words near it do not say;
  // of two or more measures, only one the part agrees with is read (ADR 0114).
  return (
    PART_COUNT.test(r.c.input.text.slice(r.span.start, r.span.end)) &&
    new Set(ties.map((t) => t.mention.fact.id)).size > 1 &&
    !ties.some((t) => agreesWith(r, t))
  );
}

/** Which measure a share's own words name, if the value is of its order. */
function ownMeasureOf(r: QuantityReading): Mention | null {
  const { c, span, unit, value } = r;
  // "about 64% of permanent-magnet manufacturing": the share's own "of" phrase names its measure.
  // "China mined 270,000 tons, about 69% of the world total": the share of the figure before it.
  const ownOf = shareOfPhrase(c, span, unit) ?? restatedShare(c, span, unit);
  return ownOf && !otherMagnitude(value, unit, ownOf.fact.quantity as Q) ? ownOf : null;
}

/** Which ties another figure of the clause takes (it agrees where this value does not); `rest` is what is left. */
function takenByOtherFigure(
  r: QuantityReading,
  ties: readonly Tie[],
  clause: Span,
  ownMeasure: Mention | null,
): { rest: readonly Tie[]; nearest: Tie | undefined } {
  const { c, span, unit } = r;
  // "270,000 tonnes of the 330,000 tonnes mined": a measure another figure of the clause
  // agrees with is that figure's; a second, disagreeing figure is not checked against it,
  // unless the measure's verb stands right before it.
  const taken = (t: Tie) =>
    t.mention.fact.id !== ownMeasure?.fact.id &&
    !agreesWith(r, t) &&
    // "refines 92% of the supply and makes about 64% of the magnets": the verb before a figure
    // names its measure, whichever other figure happens to fit that measure's record — when the
    // verb is that measure's own ("It mined 170,000 tonnes of the world's 390,000 tonnes": "mined"
    // is the world's and China's alike; the world's is the figure "the world's" stands before).
    !governs(c, span, ownPositions(t, ties)) &&
    agreeingFigureInClause(c, span, clause, unit, t.mention.fact.quantity as Q, (n) =>
      previousValue(c.input.text, n, c.numbers ?? []),
    );
  // …and when that measure's words sit nearer this figure than any other's ("put China's share
  // of mining at 62% in 2023, lower than the 69% for 2024"), the figure is another estimate
  // of it: not checked against a measure farther away.
  const nearest = ties.find(taken);
  return { rest: ties.some(taken) ? ties.filter((t) => !taken(t)) : ties, nearest };
}

/** Which ties to drop because their own words all sit nearer another figure, where a rival's do not. */
function notOwnedElsewhere(r: QuantityReading, ties: readonly Tie[]): readonly Tie[] {
  const { c, span } = r;
  // "China mined 170,000 tons …, out of global output of 300,000 tons": a candidate whose
  // own words (those another candidate lacks) all sit nearer another figure measures that
  // figure, when the other candidate's own words do not — however firmly each was found
  // ("share of mining at 62%, against 69% in USGS figures; its share of refining is about 90%").
  const elsewhere = ties.filter((t) =>
    ties.some(
      (u) =>
        u !== t &&
        ownWordsAtAnotherFigure(c, span, t.mention, u.mention) &&
        !ownWordsAtAnotherFigure(c, span, u.mention, t.mention),
    ),
  );
  return unlessAll(ties, elsewhere);
}

/** Which ties to drop because a relative clause on their noun gives them a figure of their own (figure-relative.ts). */
function notOfRelativeFigure(r: QuantityReading, ties: readonly Tie[]): readonly Tie[] {
  // "… its hold on refining, at about 90%, or on magnet making, where it accounts for roughly 94%".
  const { c, span, unit } = r;
  return without(
    ties,
    ties.filter((t) =>
      measureOfRelativeFigure(c.input.text, c.sentence, span, unit, c.numbers ?? [], t.mention),
    ),
  );
}

/** Which ties a length in an appositive keeps: only those with words inside the appositive. */
function withinAppositive(r: QuantityReading, ties: readonly Tie[]): readonly Tie[] {
  // "Modi, in China for the first time in more than seven years, met Xi": the appositive's
  // length is the subject's there, not the gap of the main verb's event.
  const apposed = r.unit === 'years' ? subjectAppositive(r.c.input.text, r.c.sentence, r.span) : null;
  if (!apposed) return ties;
  const outside = ties.filter((t) => !t.mention.positions.some((p) => p >= apposed.start && p < apposed.end));
  return without(ties, outside);
}

/** Which ties a figure other than a share drops: those found by the words of another figure's share. */
function notAnotherShare(r: QuantityReading, ties: readonly Tie[]): readonly Tie[] {
  // "It mined about 270,000 tons in 2024, around 69 percent of global mine output": a measure
  // found only by the words of another figure's whole is not this figure's, even alone.
  if (r.unit === 'percent') return ties;
  return without(
    ties,
    ties.filter((t) => wordsOfAnotherShare(r.c, r.span, t.mention)),
  );
}

/** Which ties to drop as another figure's world total, or as a country's part of this figure's world total. */
function notOfAnotherWhole(r: QuantityReading, ties: readonly Tie[]): readonly Tie[] {
  // "Global output of rare earths came to about 300,000 tonnes": the world's figure, not one country's part.
  const rest = without(ties, worldWordsOfAnother(r.c, r.span, ties));
  return unlessAll(rest, partsOfWorldFigure(r.c, r.span, rest));
}

/** Which gap a length in years with no tie left takes: the sentence's one gap record, where nothing competes. */
function loneGap(r: QuantityReading, ties: readonly Tie[]): readonly Tie[] {
  const { c, span, unit, value } = r;
  if (ties.length || unit !== 'years') return ties;
  // A gap in years stated anywhere in a sentence about one event ("resumed …, restoring a
  // connection cut for more than five years") is that event's, when nothing else competes.
  // Not when the value's clause speaks of another event ("…, and pilgrims visited Xizang for
  // the first time since 2019": the gap is the pilgrimage's, not the visas').
  const gaps = c.mentions.filter(
    (m) =>
      m.fact.quantity?.unit === 'years' &&
      RANK[m.strength] >= RANK.cue &&
      !otherMagnitude(value, unit, m.fact.quantity) &&
      !namedElsewhere(c, span, m) &&
      // "…, the pilgrimage having been halted … by the border standoff": not into an absolute clause.
      !gapOnlyInAbsoluteClause(c.input.text, c.sentence, span, m),
  );
  const gap = gaps[0];
  if (
    gaps.length === 1 &&
    gap &&
    !otherEventInClause(c, span, gap) &&
    !agreeingFigureNearer(c, span, unit, gap)
  )
    return [tieOf(c.input.text, c.sentence, span, gap)];
  return ties;
}

/** Which tie goes first: one cued wholly in the figure's clause over a near one borrowing another clause's word. */
function cuedWithinFirst(r: QuantityReading, ties: readonly Tie[]): readonly Tie[] {
  // "…, and pilgrims returned to Kailash after a three-year suspension": a measure cued wholly in
  // the figure's clause comes before one that borrows a word of another clause. However far from
  // the figure when the nearer is a gap standing for an event (no cue of its own) with a single
  // word in the clause ("the first Special Representatives meeting in five years, … after the
  // Kazan summit at which Modi and Xi …": the Modi–Xi gap has only "meeting" there; ADR 0071).
  const first = ties[0];
  const within = ties.find(
    (t) =>
      first &&
      t !== first &&
      firm(t) === firm(first) &&
      (t.distance <= first.distance + MEASURE_RIVAL_CHARS ||
        (t.whole && !first.whole && !first.mention.cueGroups)) &&
      cuedWithinOverAcross(r.c, r.span, r.unit, t.mention, first.mention),
  );
  return within ? [within, ...ties.filter((t) => t !== within)] : ties;
}

/** Which tie comes first of two about as near: the one the value alone agrees with. */
function agreeingFirst(r: QuantityReading, ties: readonly Tie[]): readonly Tie[] {
  // Two measures about as near: the value agreeing with exactly one of them says which it is
  // ("270,000 tons of the 390,000 tons mined worldwide": the second is the world's output).
  const near = ties.filter(
    (t) => ties[0] && firm(t) === firm(ties[0]) && t.distance <= ties[0].distance + MEASURE_RIVAL_CHARS,
  );
  const agreeing = near.filter((t) => agreesWith(r, t));
  return near.length > 1 && agreeing.length === 1 ? [agreeing[0] as Tie, ...ties] : ties;
}
