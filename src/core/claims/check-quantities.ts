/**
 * Figures and durations: the quantity a value measures (the candidate whose measure words
 * sit nearest in its clause; chosen in figure-measure.ts), the length of an event ("a three-day
 * trip"), a gap in years, or a characterisation a topic makes ("lowest in six decades"). Here:
 * the comparison with the chosen measure, its doubts, and the guards that keep a disagreeing
 * value that measures something else from being called wrong.
 */

import type { Span } from '../match/sentences';
import { type Checker, disowned, firm, firmMention } from './check-common';
import { buildClaim, type Claim } from './claim';
import { groupWithOneIsRecord } from './coordinated-count';
import { cuedWithinOverAcross } from './cue-within-clause';
import { countryFigureOfWorld, remainderFigure } from './figure-frames';
import {
  chooseMeasure,
  MEASURE_RIVAL_CHARS,
  type MeasureChoice,
  type Q,
  type QuantityReading,
} from './figure-measure';
import {
  agreeingFigureNearer,
  asItStands,
  CHANGE_MEASURE,
  changeFigure,
  cueGroupAcrossSemicolon,
  cueOfAnotherFigure,
  governs,
  MEASURE_BESIDE_CHARS,
  measuredAfter,
  otherCountry,
  otherInstance,
} from './figure-owners';
import { otherPeriod } from './figure-period';
import { otherSource } from './figure-source';
import { formerValue, otherChange, presentState } from './former-value';
import { gapPhraseOf } from './gap-subject';
import { modifiesHead } from './head-modifier';
import { ownCue } from './measure-clear';
import type { Mention } from './mentions';
import { cueWordOfAnotherName } from './name-head';
import type { NumberExpression } from './numbers';
import { countsAnotherFate } from './other-fate';
import { partIsRecord } from './part-of-them';
import { previousValue } from './phases';
import { quotedToCorrect } from './quoted-correction';
import { type Reason, reason } from './reasons';
import type { Tie } from './ties';
import { contextClaim } from './topic-figure';
import { measureOfAnother } from './total-measure';
import { compareQuantity, fmt } from './verdict';

export { MAGNITUDE_FACTOR, MEASURE_RIVAL_CHARS, PERCENT_POINTS } from './figure-measure';
export { MEASURE_BESIDE_CHARS, OWN_WORDS_RATIO } from './figure-owners';

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
  comparator: QuantityReading['comparator'],
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
  const r: QuantityReading = { c, span, value, comparator, unit, read, toPublication, bySubject, phrase };
  const claim = quantityOf(r);
  // "ending a pause of about five years since the last yatra": a gap phrase with its noun first
  // may go on to name what was interrupted; where its clause ties nothing, the length is read
  // as before (ADR 0153).
  if (claim || !phrase?.nounFirst) return claim;
  return quantityOf({ ...r, phrase: null });
}

/** The claim one reading of a figure makes: its measure (figure-measure.ts), compared and doubted. */
function quantityOf(r: QuantityReading): Claim | null {
  const choice = chooseMeasure(r);
  if (!choice) return null;
  const best = choice.ties[0];
  if (!best) return contextClaim(r.c, r.span);
  const q = best.mention.fact.quantity as Q;
  const disputedQuantity = best.mention.fact.disputed?.includes('quantity') === true;
  const cmp = compareQuantity(r.value, r.comparator, r.unit, q);
  const doubts: Reason[] = disputedQuantity ? [reason('disputed', { part: 'quantity' })] : [];
  if (!cmp.agrees) doubts.push(...doubtsOfDisagreeing(r, choice, best));
  if (!cmp.agrees && (looselyTied(r, choice, best) || anotherMeasureStated(r, choice, best))) return null;
  return buildClaim(r.c.input.text, {
    span: r.span,
    fact: best.mention.fact,
    via: best.mention.via,
    agrees: disputedQuantity ? null : cmp.agrees,
    certain: doubts.length === 0,
    resolved: `${fmt(r.value)} ${r.unit}`,
    record: `${fmt(q.value)} ${q.unit}: ${q.measure}`,
    reasons: [r.read, cmp.reason],
    doubts,
    published: r.c.input.published,
    confidence: best.mention.fact.confidence,
  });
}

/** Whether another tie about as near as the best, and not told apart from it, leaves the measure unclear. */
function rivalMeasure(r: QuantityReading, choice: MeasureChoice, best: Tie): boolean {
  const { c, span, unit } = r;
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
  return choice.ties.some(
    (t) =>
      t !== best &&
      firm(t) === firm(best) &&
      t.distance <= best.distance + MEASURE_RIVAL_CHARS &&
      !(ownWithin(best) && !ownWithin(t)) &&
      !(ownCue(best.mention) && !ownCue(t.mention)) &&
      !(governs(c, span, best.mention) && !governs(c, span, t.mention)) &&
      !cuedWithinOverAcross(c, span, unit, best.mention, t.mention) &&
      // "62% of global refined rare-earth output": refining's word modifies mining's (head-modifier.ts).
      !modifiesHead(c.input.text, choice.clause, best.mention, t.mention),
  );
}

/** Why a value that disagrees with its measure may not be wrong: a rival measure, another period, source or time. */
function doubtsOfDisagreeing(r: QuantityReading, choice: MeasureChoice, best: Tie): Reason[] {
  const { c, span, unit } = r;
  const q = best.mention.fact.quantity as Q;
  const doubts: Reason[] = [];
  if (rivalMeasure(r, choice, best)) doubts.push(reason('measure-unclear', { measure: q.measure }));
  // "had stood at 20% before the cut", "was 20% until the truce": the value before a change
  // (former-value.ts, ADR 0092), another period's than the record's; "was raised to 20%" beside a
  // record after a cut: the value another change made (ADR 0093).
  if (
    unit !== 'years' &&
    (otherPeriod(c, span, q, best.mention.fact) ||
      formerValue(c.input.text, c.sentence, span) ||
      otherChange(c.input.text, c.sentence, span, q.measure))
  )
    doubts.push(reason('other-period', { asOf: q.asOf ?? '' }));
  // "according to the IEA, which put China's share of mining at 62%" beside the USGS's record of
  // 69%: another source's estimate, not the record's figure stated wrong (figure-source.ts).
  const source = otherSource(c, span, best.mention.fact);
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
    (r.toPublication || asItStands(c, span) || presentState(c.input.text, c.sentence, span)) &&
    measuredAfter(q, c.input.published)
  )
    doubts.push(reason('record-later', { asOf: q.asOf ?? '' }));
  // "ETV Bharat's 'four-year hiatus' is a miscount": the sentence quotes the value to correct it.
  if (quotedToCorrect(c.input.text, c.sentence, span)) doubts.push(reason('quoted-correction'));
  return doubts;
}

/** Whether the measure is tied too weakly (loose, another figure's or clause's cue) to call the value wrong. */
function looselyTied(r: QuantityReading, choice: MeasureChoice, best: Tie): boolean {
  const { c, span } = r;
  // A measure word right beside the figure ("49% of global mine output") ties it firmly.
  const beside = (best.sameClause && best.distance <= MEASURE_BESIDE_CHARS) || choice.ownMeasure !== null;
  if ((!firmMention(best.mention) && !beside) || best.mention.loose) return true;
  // A cue whose words are mostly in another clause ("output reached 270,000 tonnes …, and it
  // accounts for 90% of global refined output") does not say this figure is its measure.
  if (best.mention.strength === 'cue' && cueOfAnotherFigure(c, span, best.mention)) return true;
  const nearer = choice.takenNearest;
  if (!choice.ownMeasure && nearer && nearer.distance < best.distance) return true;
  if (best.mention.strength === 'cue' && cueGroupAcrossSemicolon(c, span, best.mention)) return true;
  // "The specialty-fertiliser halt, in force for three months": "halt" is that event's name there.
  return cueWordOfAnotherName(c, span, best.mention);
}

/** Whether a disagreeing value states another figure: a whole, a change, another country's, instance's or fate's. */
function anotherMeasureStated(r: QuantityReading, choice: MeasureChoice, best: Tie): boolean {
  const { c, span, unit } = r;
  const q = best.mention.fact.quantity as Q;
  const fact = best.mention.fact;
  // "brings the overall US tariff on Chinese goods to roughly 47%": the whole, not the record's part;
  // "at least 50% owned by Chinese firms": ownership, no tariff.
  if (measureOfAnother(c, span, best.mention, q.measure)) return true;
  // "imports fell 56% …, after shipments to India had slumped 58% from January": another figure
  // of the sentence that agrees with the measure, nearer its words, is the measure's figure.
  if (!choice.ownMeasure && agreeingFigureNearer(c, span, unit, best.mention)) return true;
  // "India's imports of magnets fell 56%": a change, not the level a share records.
  if (unit === 'percent' && changeFigure(c.input.text, span) && !CHANGE_MEASURE.test(q.measure)) return true;
  // "China holds 44 million tonnes …, against India's 6.9 million": the figure is its own
  // country's; a fact of another country's is not its measure.
  if (otherCountry(c, span, fact)) return true;
  // "China's output rose to 270,000 tonnes, while world production …": the country's figure;
  // "Outside China, the world mined about 120,000 tonnes": a remainder (figure-frames.ts).
  if (countryFigureOfWorld(c, span, fact) || remainderFigure(c, span)) return true;
  if (otherInstance(c, span, fact) || countsAnotherFate(c, span, q)) return true;
  // "honoured five PLA personnel …, four of them posthumously": the record's count is a part.
  if (partIsRecord(c.input.text, c.sentence, span, q.value)) return true;
  // "a colonel and 19 soldiers were killed": the group of the count and one more is the record's.
  return unit === 'people' && groupWithOneIsRecord(c.input.text, c.sentence, span, r.value, q.value);
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
