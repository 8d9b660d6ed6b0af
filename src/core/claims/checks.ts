/**
 * The checks behind the engine: which mentioned fact a date, duration or figure is about,
 * how firmly, and what the record says. Attachment weighs the evidence — how the fact was
 * found (name > cue > keywords), whether the value sits in the fact's clause with no
 * relational word between them, the value agreeing with one candidate — and a disagreement
 * is `differs` only when nothing leaves room for doubt (see buildClaim).
 */
import type { Span } from '../match/sentences';
import { buildClaim, type Claim } from './claim';
import { type DateInterval, factInterval, formatInterval, gapDays } from './dates';
import type { ClaimInput } from './engine';
import { type Mention, RANK } from './mentions';
import type { NumberExpression } from './numbers';
import { type Reason, reason } from './reasons';
import type { TemporalExpression } from './temporal';
import { type Tie, tieOf } from './ties';
import { compareDates, compareQuantity, fmt } from './verdict';

/** What every check needs: the input, the sentence and what it mentions. */
export interface Checker {
  readonly input: ClaimInput;
  readonly sentence: Span;
  readonly mentions: readonly Mention[];
}

/** Beyond this many characters a value is not tied to a fact outside its clause. */
export const STRONG_ATTACHMENT_CHARS = 90;
/** A scheduled date is only checked against facts dated no earlier than this before publication. */
export const SCHEDULED_LOOKBACK_DAYS = 60;
/** A second candidate this much closer than the best is a rival for a figure's measure. */
export const MEASURE_RIVAL_CHARS = 12;

const byStrength = (a: Tie, b: Tie) =>
  RANK[b.mention.strength] - RANK[a.mention.strength] ||
  Number(b.sameClause && !b.related) - Number(a.sameClause && !a.related) ||
  a.distance - b.distance;

const extras = (e: TemporalExpression) =>
  e as TemporalExpression & { tense?: string | null; ambiguous?: boolean };

const isScheduled = (e: TemporalExpression) => {
  const t = extras(e).tense;
  return t === 'future' || t === 'future-in-past';
};

/** A date: the fact it agrees with, else the fact it is firmly tied to. */
export function checkDate(
  c: Checker,
  e: TemporalExpression,
  claimed: DateInterval,
  read: Reason,
): { claim: Claim | null; anchor: DateInterval | null } {
  const { input, sentence } = c;
  const ties = c.mentions
    .filter((m) => m.fact.date && factInterval(m.fact.date))
    .map((m) => {
      const record = factInterval(m.fact.date as NonNullable<typeof m.fact.date>) as DateInterval;
      return { ...tieOf(input.text, sentence, e, m), record, cmp: compareDates(claimed, record) };
    });
  if (!ties.length) return { claim: null, anchor: claimed };
  const agreeing = ties
    .filter((t) => t.cmp.agrees && (t.mention.strength !== 'evidence' || t.sameClause))
    .sort(byStrength);
  const make = (t: (typeof ties)[number], certain: boolean, doubts: Reason[] = []) =>
    buildClaim(input.text, {
      span: e,
      fact: t.mention.fact,
      via: t.mention.via,
      agrees: t.cmp.agrees,
      certain,
      resolved: formatInterval(claimed),
      record: formatInterval(t.record),
      reasons: [read, t.cmp.reason],
      doubts,
      published: input.published,
      confidence: t.mention.fact.confidence,
    });
  const hit = agreeing[0];
  if (hit) return { claim: make(hit, true), anchor: hit.record };
  // A bound ("until 2023") or a reporting date ("said on Friday") is not the event's date.
  if (e.bound !== null || e.reporting) return { claim: null, anchor: claimed };
  const tied = nearestFirst(ties.filter((t) => t.sameClause && !t.related).sort(byStrength), claimed);
  const best = tied[0] ?? [...ties].sort(byStrength)[0];
  if (!best) return { claim: null, anchor: claimed };
  if (!tied.length && (best.mention.strength === 'evidence' || best.distance > STRONG_ATTACHMENT_CHARS))
    return { claim: null, anchor: claimed };
  const pub = input.published;
  if (isScheduled(e) && pub !== null && best.record.end < pub - SCHEDULED_LOOKBACK_DAYS)
    return { claim: null, anchor: claimed }; // a plan for later, not this past event
  const doubts: Reason[] = [];
  if (!tied.length || best.mention.strength === 'evidence') doubts.push(reason('weak-tie'));
  const rivals = tied.filter(
    (t) => t !== best && RANK[t.mention.strength] >= RANK.cue && !clearlyFarther(t, best, claimed),
  );
  if (rivals.length)
    doubts.push(reason('rival-facts', { others: rivals.map((t) => t.mention.fact.title).join('; ') }));
  if (extras(e).ambiguous) doubts.push(reason('ambiguous-date'));
  return { claim: make(best, doubts.length === 0, doubts), anchor: best.record };
}

const firm = (t: Tie) => Number(RANK[t.mention.strength] >= RANK.cue);

/** How far a claimed date is from a record (0 when they overlap). */
const gapTo = (claimed: DateInterval, t: { record: DateInterval }) => gapDays(claimed, t.record);

/**
 * A disagreeing date is about the candidate whose record it is nearest to ("acknowledged
 * … killed in the clash in March 2021" is about the acknowledgement of Feb 2021, not the
 * clash of June 2020): among named or cued candidates, the nearest comes first.
 */
function nearestFirst<T extends Tie & { record: DateInterval }>(ties: T[], claimed: DateInterval): T[] {
  return [...ties].sort(
    (a, b) => firm(b) - firm(a) || gapTo(claimed, a) - gapTo(claimed, b) || a.distance - b.distance,
  );
}

/** True when `other` is so much farther from the claimed date than `best` that it is no rival. */
function clearlyFarther(
  other: { record: DateInterval },
  best: { record: DateInterval },
  claimed: DateInterval,
): boolean {
  const g = gapTo(claimed, best);
  const h = gapTo(claimed, other);
  return h >= 3 * g && h - g >= CLEAR_MARGIN_DAYS;
}

/** How much farther a rival's record must be for the nearest reading to be unambiguous. */
export const CLEAR_MARGIN_DAYS = 60;

/** A relative date that cannot be resolved (no publication date): context, never differs. */
export function unresolved(c: Checker, e: TemporalExpression): Claim | null {
  const t = c.mentions
    .filter((m) => m.fact.date && RANK[m.strength] >= RANK.cue)
    .map((m) => tieOf(c.input.text, c.sentence, e, m))
    .filter((x) => x.sameClause)
    .sort(byStrength)[0];
  if (!t?.mention.fact.date) return null;
  const record = formatInterval(factInterval(t.mention.fact.date) as DateInterval);
  return buildClaim(c.input.text, {
    span: e,
    fact: t.mention.fact,
    via: t.mention.via,
    agrees: null,
    certain: false,
    resolved: null,
    record,
    reasons: [
      reason('read-date', { said: e.text, resolved: '', rule: (e as { rule?: string }).rule ?? e.kind }),
    ],
    doubts: [reason('no-publication-date')],
    published: c.input.published,
    confidence: t.mention.fact.confidence,
  });
}

/** A value checked against the quantity facts of its unit: the best-tied one, or context. */
function checkQuantity(
  c: Checker,
  span: Span,
  value: number,
  comparator: Parameters<typeof compareQuantity>[1],
  unit: string,
  read: Reason,
): Claim | null {
  const ties = c.mentions
    .filter((m) => m.fact.quantity?.unit === unit)
    .map((m) => tieOf(c.input.text, c.sentence, span, m));
  if (!ties.length) return contextClaim(c, span);
  const tied = ties.filter((t) => t.sameClause).sort(byStrength);
  const ranked = (tied.length ? tied : [...ties].sort(byStrength)).map((t) => ({
    t,
    cmp: compareQuantity(
      value,
      comparator,
      unit,
      t.mention.fact.quantity as NonNullable<Mention['fact']['quantity']>,
    ),
  }));
  const agreeing = ranked.find(
    (r) => r.cmp.agrees && (r.t.sameClause || r.t.mention.strength !== 'evidence'),
  );
  const best = agreeing ?? ranked[0];
  if (!best) return null;
  const doubts: Reason[] = [];
  if (!agreeing) {
    if (!tied.length) {
      if (best.t.distance > STRONG_ATTACHMENT_CHARS) return null;
      doubts.push(reason('weak-tie'));
    }
    // Another quantity of this unit named about as close: the measure is unclear.
    const rival = ranked.find((r) => r !== best && r.t.distance <= best.t.distance + MEASURE_RIVAL_CHARS);
    if (rival)
      doubts.push(reason('measure-unclear', { measure: best.t.mention.fact.quantity?.measure ?? '' }));
    if (best.t.mention.strength === 'evidence' && !doubts.length) doubts.push(reason('weak-tie'));
  }
  const q = best.t.mention.fact.quantity as NonNullable<Mention['fact']['quantity']>;
  return buildClaim(c.input.text, {
    span,
    fact: best.t.mention.fact,
    via: best.t.mention.via,
    agrees: best.cmp.agrees,
    certain: doubts.length === 0,
    resolved: `${fmt(value)} ${unit}`,
    record: `${fmt(q.value)} ${q.unit}: ${q.measure}`,
    reasons: [read, best.cmp.reason],
    doubts,
    published: c.input.published,
    confidence: best.t.mention.fact.confidence,
  });
}

/** A duration ("more than four years", "the first in five years"). */
export function checkDuration(c: Checker, e: TemporalExpression): Claim | null {
  const d = e.duration;
  if (!d) return null;
  const read = reason('read-duration', { said: e.text, years: fmt(d.years) });
  return checkQuantity(c, e, d.years, d.comparator, 'years', read);
}

/** A figure ("roughly 70 per cent", "20 soldiers"). */
export function checkNumber(c: Checker, n: NumberExpression): Claim | null {
  const read = reason('read-figure', { said: n.text, value: fmt(n.value), unit: n.unit });
  return checkQuantity(c, n, n.value, n.comparator, n.unit, read);
}

/** A figure tied to a characterisation (a topic fact), not to a measurable quantity. */
function contextClaim(c: Checker, span: Span): Claim | null {
  const topic = c.mentions.find((m) => m.fact.kind === 'topic' && RANK[m.strength] >= RANK.cue);
  if (!topic) return null;
  return buildClaim(c.input.text, {
    span,
    fact: topic.fact,
    via: topic.via,
    agrees: null,
    certain: false,
    resolved: null,
    record: topic.fact.summary,
    reasons: [],
    doubts: [reason('characterisation', { note: topic.fact.notes ?? '' })],
    published: c.input.published,
    confidence: topic.fact.confidence,
  });
}
