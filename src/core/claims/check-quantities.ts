/**
 * Figures and durations: the quantity a value measures (the candidate whose measure words
 * sit nearest in its clause), the length of an event ("a three-day trip"), a gap in years,
 * or a characterisation a topic makes ("lowest in six decades").
 */

import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import { namedElsewhere } from './cause-phrase';
import { type Checker, disowned, firm, firmMention } from './check-common';
import { buildClaim, type Claim } from './claim';
import { groupWithOneIsRecord } from './coordinated-count';
import { cuedWithinOverAcross } from './cue-within-clause';
import { countryFigureOfWorld, remainderFigure } from './figure-frames';
import {
  agreeingFigureInClause,
  agreeingFigureNearer,
  asItStands,
  between,
  CHANGE_MEASURE,
  changeFigure,
  cueGroupAcrossSemicolon,
  cueOfAnotherFigure,
  gapAnchor,
  governs,
  MEASURE_BESIDE_CHARS,
  measuredAfter,
  otherCountry,
  otherEventInClause,
  otherInstance,
  ownWordsAtAnotherFigure,
  wordsOfAnotherShare,
} from './figure-owners';
import { otherPeriod } from './figure-period';
import { otherSource } from './figure-source';
import { formerValue, otherChange, presentState } from './former-value';
import {
  type GapPhrase,
  gapOnlyInAbsoluteClause,
  gapPhraseCandidates,
  gapPhraseOf,
  gapSubjectsOnly,
  subjectAppositive,
} from './gap-subject';
import { modifiesHead } from './head-modifier';
import { clearMeasures, ownCue } from './measure-clear';
import { introducesNextFigure } from './measure-lists';
import { outsideSpan, ownPositions } from './mention-positions';
import { type Mention, RANK } from './mentions';
import { cueWordOfAnotherName } from './name-head';
import type { NumberExpression } from './numbers';
import { countsAnotherFate } from './other-fate';
import { partIsRecord } from './part-of-them';
import { previousValue } from './phases';
import { quotedToCorrect } from './quoted-correction';
import { type Reason, reason } from './reasons';
import { restatedShare } from './restated-share';
import { shareOfPhrase } from './share-of-phrase';
import { ofSubjectCountry } from './subject-country';
import { clauseAt, tieOf } from './ties';
import { contextClaim } from './topic-figure';
import { measureOfAnother } from './total-measure';
import { compareQuantity, fmt } from './verdict';
import { partsOfWorldFigure, worldWordsOfAnother } from './world-measure';

export { MEASURE_BESIDE_CHARS, OWN_WORDS_RATIO } from './figure-owners';

/** A second candidate within this many characters of the best is a rival for a figure's measure. */
export const MEASURE_RIVAL_CHARS = 12;
/** A figure this many times larger or smaller than the record measures something else. */
export const MAGNITUDE_FACTOR = 4;
/** A percentage this many points from the record measures something else. */
export const PERCENT_POINTS = 40;

type Q = NonNullable<Fact['quantity']>;

/** A count of a part of a group named before it ("six of whom", "Three of them"). */
const PART_COUNT = /\bof\s+(?:them|whom)$/i;

/** True when a value is of another order than the record: it measures something else. */
function otherMagnitude(value: number, unit: string, q: Q): boolean {
  if (unit === 'percent') return Math.abs(value - q.value) > PERCENT_POINTS;
  if (value <= 0 || q.value <= 0) return true;
  const r = value / q.value;
  return r > MAGNITUDE_FACTOR || r < 1 / MAGNITUDE_FACTOR;
}

/**
 * A value checked against the quantity facts of its unit. The measure decides: the
 * candidate whose words sit nearest the value in its clause; another candidate about as
 * near makes the measure unclear (`context`), and a value of another order of magnitude
 * than the record measures something else (no claim).
 */
export function checkQuantity(
  c: Checker,
  span: Span,
  value: number,
  comparator: Parameters<typeof compareQuantity>[1],
  unit: string,
  read: Reason,
  /** The value is a span counted up to publication ("since 2020"), not a figure stated. */
  toPublication = false,
  /** Gaps read by what was interrupted (ADR 0047); false: by every word of their cues, as before. */
  bySubject = true,
): Claim | null {
  if (disowned(c, span)) return null;
  // "resumed tourist visas on July 24, after a five-year pause": a gap phrase is its clause's (ADR 0047).
  const phrase = unit === 'years' && bySubject ? gapPhraseOf(c.input.text, c.sentence, span) : null;
  const claim = quantityOf(c, span, value, comparator, unit, read, toPublication, bySubject, phrase);
  // "ending a pause of about five years since the last yatra": a gap phrase with its noun first
  // may go on to name what was interrupted; where its clause ties nothing, the length is read
  // as before (ADR 0153).
  if (claim || !phrase?.nounFirst) return claim;
  return quantityOf(c, span, value, comparator, unit, read, toPublication, bySubject, null);
}

function quantityOf(
  c: Checker,
  span: Span,
  value: number,
  comparator: Parameters<typeof compareQuantity>[1],
  unit: string,
  read: Reason,
  toPublication: boolean,
  bySubject: boolean,
  phrase: GapPhrase | null,
): Claim | null {
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
  const tiedAll = (unit === 'years' && bySubject ? gapSubjectsOnly(c.input.text, candidates) : candidates)
    .map((m) => tieOf(c.input.text, c.sentence, from, m))
    // Tied from before "since", a gap needs its measure's words there, not one word of it ("…
    // tourist visas …, and pilgrims went … for the first time since 2019" is the pilgrims' gap).
    .filter((t) => t.sameClause && (from === span || t.whole));
  // "India holds …, but mined just 29,000 tons — … next to China's 270,000": the subject's country's (ADR 0108).
  const tied = unit === 'years' ? tiedAll : ofSubjectCountry(c.input.text, c.sentence, span, tiedAll);
  const ordinary = tied.filter((t) => !otherMagnitude(value, unit, t.mention.fact.quantity as Q));
  // "about 300 applications were still awaiting approval": a figure ten times the record,
  // where nothing else can be its measure, is the record's figure stated wrong.
  const ties = (ordinary.length ? ordinary : clearMeasures(c, span, unit, tied, value))
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
    .sort((a, b) => firm(b) - firm(a) || a.distance - b.distance);
  // "share of refining at 92% and of magnet manufacturing at 94%": words after a figure that
  // lead to the next figure are that figure's measure.
  const listed = ties.filter((t) =>
    introducesNextFigure(c.input.text, c.sentence, span, unit, c.numbers ?? [], t, ties),
  );
  if (listed.length && listed.length < ties.length)
    ties.splice(0, ties.length, ...ties.filter((t) => !listed.includes(t)));
  // "…honoured five Chinese soldiers who fought Indian troops, six of whom lost their lives": a
  // part's group is named before it, and which side's dead it counts the words near it do not say;
  // of two or more measures, only one the part agrees with is read (ADR 0114).
  if (
    PART_COUNT.test(c.input.text.slice(span.start, span.end)) &&
    new Set(ties.map((t) => t.mention.fact.id)).size > 1 &&
    !ties.some((t) => compareQuantity(value, comparator, unit, t.mention.fact.quantity as Q).agrees)
  )
    return null;
  // "270,000 tonnes of the 330,000 tonnes mined": a measure another figure of the clause
  // agrees with is that figure's; a second, disagreeing figure is not checked against it,
  // unless the measure's verb stands right before it.
  const clause = clauseAt(c.input.text, c.sentence, span.start);
  // "about 64% of permanent-magnet manufacturing": the share's own "of" phrase names its measure.
  const ofOwn = shareOfPhrase(c, span, unit);
  // "China mined 270,000 tons, about 69% of the world total": the share of the figure before it.
  const ownOf = ofOwn ?? restatedShare(c, span, unit);
  const ownMeasure = ownOf && !otherMagnitude(value, unit, ownOf.fact.quantity as Q) ? ownOf : null;
  const taken = (t: { mention: Mention }) =>
    t.mention.fact.id !== ownMeasure?.fact.id &&
    !compareQuantity(value, comparator, unit, t.mention.fact.quantity as Q).agrees &&
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
  const takenNearest = ties.find(taken);
  if (ties.some(taken)) ties.splice(0, ties.length, ...ties.filter((t) => !taken(t)));
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
  if (elsewhere.length && elsewhere.length < ties.length)
    ties.splice(0, ties.length, ...ties.filter((t) => !elsewhere.includes(t)));
  // "It mined about 270,000 tons in 2024, around 69 percent of global mine output": a measure
  // found only by the words of another figure's whole is not this figure's, even alone.
  // "Modi, in China for the first time in more than seven years, met Xi": the appositive's
  // length is the subject's there, not the gap of the main verb's event.
  const apposed = unit === 'years' ? subjectAppositive(c.input.text, c.sentence, span) : null;
  if (apposed) {
    const outside = ties.filter(
      (t) => !t.mention.positions.some((p) => p >= apposed.start && p < apposed.end),
    );
    if (outside.length) ties.splice(0, ties.length, ...ties.filter((t) => !outside.includes(t)));
  }
  if (unit !== 'percent') {
    const shareWords = ties.filter((t) => wordsOfAnotherShare(c, span, t.mention));
    if (shareWords.length) ties.splice(0, ties.length, ...ties.filter((t) => !shareWords.includes(t)));
  }
  // "Global output of rare earths came to about 300,000 tonnes": the world's figure, not one country's part.
  const othersWorld = worldWordsOfAnother(c, span, ties);
  if (othersWorld.length) ties.splice(0, ties.length, ...ties.filter((t) => !othersWorld.includes(t)));
  const parts = partsOfWorldFigure(c, span, ties);
  if (parts.length && parts.length < ties.length)
    ties.splice(0, ties.length, ...ties.filter((t) => !parts.includes(t)));
  // A gap in years stated anywhere in a sentence about one event ("resumed …, restoring a
  // connection cut for more than five years") is that event's, when nothing else competes.
  // Not when the value's clause speaks of another event ("…, and pilgrims visited Xizang for
  // the first time since 2019": the gap is the pilgrimage's, not the visas').
  if (!ties.length && unit === 'years') {
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
      ties.push(tieOf(c.input.text, c.sentence, span, gap));
  }
  if (ownMeasure) ties.splice(0, ties.length, tieOf(c.input.text, c.sentence, span, ownMeasure));
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
      cuedWithinOverAcross(c, span, unit, t.mention, first.mention),
  );
  if (within) ties.splice(0, ties.length, within, ...ties.filter((t) => t !== within));
  // Two measures about as near: the value agreeing with exactly one of them says which it is
  // ("270,000 tons of the 390,000 tons mined worldwide": the second is the world's output).
  const near = ties.filter(
    (t) => ties[0] && firm(t) === firm(ties[0]) && t.distance <= ties[0].distance + MEASURE_RIVAL_CHARS,
  );
  const agreeing = near.filter(
    (t) => compareQuantity(value, comparator, unit, t.mention.fact.quantity as Q).agrees,
  );
  if (near.length > 1 && agreeing.length === 1) ties.unshift(agreeing[0] as (typeof ties)[number]);
  const best = ties[0];
  if (!best) return contextClaim(c, span);
  const q = best.mention.fact.quantity as Q;
  const disputedQuantity = best.mention.fact.disputed?.includes('quantity') === true;
  const cmp = compareQuantity(value, comparator, unit, q);
  const doubts: Reason[] = disputedQuantity ? [reason('disputed', { part: 'quantity' })] : [];
  // The subject of a fact's cue inside the figure's own words ("Twelve Indian soldiers") names
  // its measure: a fact whose subject is not there is no rival.
  const said = ` ${c.input.text
    .slice(span.start, span.end)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const ownWithin = (t: { mention: Mention }) =>
    (t.mention.fact.cues ?? []).some((cue) =>
      (cue.allOf[0] ?? []).some((w) =>
        said.includes(` ${w.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `),
      ),
    );
  const rival = ties.find(
    (t) =>
      t !== best &&
      firm(t) === firm(best) &&
      t.distance <= best.distance + MEASURE_RIVAL_CHARS &&
      !(ownWithin(best) && !ownWithin(t)) &&
      !(ownCue(best.mention) && !ownCue(t.mention)) &&
      !(governs(c, span, best.mention) && !governs(c, span, t.mention)) &&
      !cuedWithinOverAcross(c, span, unit, best.mention, t.mention) &&
      // "62% of global refined rare-earth output": refining's word modifies mining's (head-modifier.ts).
      !modifiesHead(c.input.text, clause, best.mention, t.mention),
  );
  if (rival) {
    if (!cmp.agrees) doubts.push(reason('measure-unclear', { measure: q.measure }));
  }
  // "had stood at 20% before the cut", "was 20% until the truce": the value before a change
  // (former-value.ts, ADR 0092), another period's than the record's; "was raised to 20%" beside a
  // record after a cut: the value another change made (ADR 0093).
  if (
    !cmp.agrees &&
    unit !== 'years' &&
    (otherPeriod(c, span, q, best.mention.fact) ||
      formerValue(c.input.text, c.sentence, span) ||
      otherChange(c.input.text, c.sentence, span, q.measure))
  )
    doubts.push(reason('other-period', { asOf: q.asOf ?? '' }));
  // "according to the IEA, which put China's share of mining at 62%" beside the USGS's record of
  // 69%: another source's estimate, not the record's figure stated wrong (figure-source.ts).
  const source = cmp.agrees ? null : otherSource(c, span, best.mention.fact);
  if (source)
    doubts.push(
      reason('other-source', {
        source,
        recordSource: (best.mention.fact.actors ?? [])
          .map((id) => c.input.factById(id)?.title ?? id)
          .join(', '),
      }),
    );
  // "The pilgrimage, suspended since 2020, …" in December 2024, beside a record of the gap up to
  // the 2025 resumption: a figure the record measures only after the article was written.
  // "The fentanyl-related tariff, currently 20%," a few days before the cut the record is of:
  // the value as it stood when the article was written.
  if (
    !cmp.agrees &&
    (toPublication || asItStands(c, span) || presentState(c.input.text, c.sentence, span)) &&
    measuredAfter(q, c.input.published)
  )
    doubts.push(reason('record-later', { asOf: q.asOf ?? '' }));
  // "ETV Bharat's 'four-year hiatus' is a miscount": the sentence quotes the value to correct it.
  if (!cmp.agrees && quotedToCorrect(c.input.text, c.sentence, span))
    doubts.push(reason('quoted-correction'));
  // A measure word right beside the figure ("49% of global mine output") ties it firmly.
  const beside = (best.sameClause && best.distance <= MEASURE_BESIDE_CHARS) || ownMeasure !== null;
  if (!cmp.agrees && ((!firmMention(best.mention) && !beside) || best.mention.loose)) return null;
  // A cue whose words are mostly in another clause ("output reached 270,000 tonnes …, and it
  // accounts for 90% of global refined output") does not say this figure is its measure.
  if (!cmp.agrees && best.mention.strength === 'cue' && cueOfAnotherFigure(c, span, best.mention))
    return null;
  if (!cmp.agrees && !ownMeasure && takenNearest && takenNearest.distance < best.distance) return null;
  if (!cmp.agrees && best.mention.strength === 'cue' && cueGroupAcrossSemicolon(c, span, best.mention))
    return null;
  // "The specialty-fertiliser halt, in force for three months": "halt" is that event's name there.
  if (!cmp.agrees && cueWordOfAnotherName(c, span, best.mention)) return null;
  // "brings the overall US tariff on Chinese goods to roughly 47%": the whole, not the record's part;
  // "at least 50% owned by Chinese firms": ownership, no tariff.
  if (!cmp.agrees && measureOfAnother(c, span, best.mention, q.measure)) return null;
  // "imports fell 56% …, after shipments to India had slumped 58% from January": another figure
  // of the sentence that agrees with the measure, nearer its words, is the measure's figure.
  if (!cmp.agrees && !ownMeasure && agreeingFigureNearer(c, span, unit, best.mention)) return null;
  // "India's imports of magnets fell 56%": a change, not the level a share records.
  if (
    !cmp.agrees &&
    unit === 'percent' &&
    changeFigure(c.input.text, span) &&
    !CHANGE_MEASURE.test(q.measure)
  )
    return null;
  // "China holds 44 million tonnes …, against India's 6.9 million": the figure is its own
  // country's; a fact of another country's is not its measure.
  if (!cmp.agrees && otherCountry(c, span, best.mention.fact)) return null;
  // "China's output rose to 270,000 tonnes, while world production …": the country's figure;
  // "Outside China, the world mined about 120,000 tonnes": a remainder (figure-frames.ts).
  if (!cmp.agrees && (countryFigureOfWorld(c, span, best.mention.fact) || remainderFigure(c, span)))
    return null;
  if (!cmp.agrees && otherInstance(c, span, best.mention.fact)) return null;
  if (!cmp.agrees && countsAnotherFate(c, span, q)) return null;
  // "honoured five PLA personnel …, four of them posthumously": the record's count is a part.
  if (!cmp.agrees && partIsRecord(c.input.text, c.sentence, span, q.value)) return null;
  // "a colonel and 19 soldiers were killed": the group of the count and one more is the record's.
  if (
    !cmp.agrees &&
    unit === 'people' &&
    groupWithOneIsRecord(c.input.text, c.sentence, span, value, q.value)
  )
    return null;
  return buildClaim(c.input.text, {
    span,
    fact: best.mention.fact,
    via: best.mention.via,
    agrees: disputedQuantity ? null : cmp.agrees,
    certain: doubts.length === 0,
    resolved: `${fmt(value)} ${unit}`,
    record: `${fmt(q.value)} ${q.unit}: ${q.measure}`,
    reasons: [read, cmp.reason],
    doubts,
    published: c.input.published,
    confidence: best.mention.fact.confidence,
  });
}

/** A figure ("roughly 70 per cent", "20 soldiers"). */
export function checkNumber(c: Checker, n: NumberExpression): Claim | null {
  // "cut the tariff from 20% to 10%": 20% was the value before; the claim is the 10%.
  if (
    previousValue(
      c.input.text,
      n,
      c.numbers?.filter((o) => o !== n && o.unit === n.unit),
    )
  )
    return null;
  const read = reason('read-figure', { said: n.text, value: fmt(n.value), unit: n.unit });
  return checkQuantity(c, n, n.value, n.comparator, n.unit, read);
}
