/**
 * The checks behind the engine: which mentioned fact a date, duration or figure is about,
 * how firmly, and what the record says. Attachment weighs the evidence — how the fact was
 * found (name > cue > keywords), whether the value sits in the fact's clause with no
 * relational word between them, the value agreeing with one candidate — and a disagreement
 * is `differs` only when nothing leaves room for doubt (see buildClaim).
 */
import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import { buildClaim, type Claim } from './claim';
import { type DateInterval, factInterval, formatInterval, gapDays } from './dates';
import type { ClaimInput } from './engine';
import { type Mention, RANK } from './mentions';
import { findNumbers, type NumberExpression } from './numbers';
import { comparisonPoint, ownWords, phaseMismatch, previousValue, stateWithoutStart } from './phases';
import { type Reason, reason } from './reasons';
import type { TemporalExpression } from './temporal';
import { clauseAt, type Tie, tieOf } from './ties';
import { compareDates, compareQuantity, fmt } from './verdict';

/** What every check needs: the input, the sentence and what it mentions. */
export interface Checker {
  readonly input: ClaimInput;
  readonly sentence: Span;
  readonly mentions: readonly Mention[];
  /** The figures of the sentence. */
  readonly numbers?: readonly NumberExpression[];
}

/** Beyond this many characters a value is not tied to a fact outside its clause. */
export const STRONG_ATTACHMENT_CHARS = 90;
/** A scheduled date is only checked against facts dated no earlier than this before publication. */
export const SCHEDULED_LOOKBACK_DAYS = 60;
/** A second candidate within this many characters of the best is a rival for a figure's measure. */
export const MEASURE_RIVAL_CHARS = 12;
/** How much farther a rival's record must be for the nearest reading to be unambiguous. */
export const CLEAR_MARGIN_DAYS = 14;
/** A quantity's keyword this close to a figure in its clause names the figure's measure. */
export const MEASURE_BESIDE_CHARS = 40;
/** A figure this many times larger or smaller than the record measures something else. */
export const MAGNITUDE_FACTOR = 4;
/** A percentage this many points from the record measures something else. */
export const PERCENT_POINTS = 40;

type DateTie = Tie & { record: DateInterval; cmp: ReturnType<typeof compareDates> };

/** Keyword evidence this strong (several rare words, the fact's places or actors) is as firm as a cue. */
export const FIRM_EVIDENCE = 10;

const firmMention = (m: Mention) => RANK[m.strength] >= RANK.cue || m.score >= FIRM_EVIDENCE;
const firm = (t: Tie) => Number(firmMention(t.mention));
const closeTie = (t: Tie) => Number(t.sameClause && !t.related);

const byStrength = (a: Tie, b: Tie) =>
  RANK[b.mention.strength] - RANK[a.mention.strength] || closeTie(b) - closeTie(a) || a.distance - b.distance;

/** How far a record's span is from the claimed span ("Aug. 31" fits the meeting on 31 Aug better than the summit of 31 Aug–1 Sep). */
const misfit = (claimed: DateInterval, t: DateTie) =>
  Math.abs(claimed.start - t.record.start) + Math.abs(claimed.end - t.record.end);

/** Agreeing candidates: firm first, then tied, then the best-fitting record, then the nearest. */
const byAgreement = (claimed: DateInterval) => (a: DateTie, b: DateTie) =>
  firm(b) - firm(a) ||
  closeTie(b) - closeTie(a) ||
  misfit(claimed, a) - misfit(claimed, b) ||
  a.distance - b.distance;

const isScheduled = (e: TemporalExpression) => e.tense === 'future' || e.tense === 'future-in-past';

/** How far a claimed date is from a record (0 when they overlap). */
const gapTo = (claimed: DateInterval, t: { record: DateInterval }) => gapDays(claimed, t.record);

/**
 * A disagreeing date is about the candidate whose record it is nearest to ("acknowledged
 * … killed in the clash in March 2021" is about the acknowledgement of Feb 2021, not the
 * clash of June 2020): among named or cued candidates, the nearest comes first.
 */
function nearestFirst(ties: readonly DateTie[], claimed: DateInterval): DateTie[] {
  return [...ties].sort(
    (a, b) => firm(b) - firm(a) || gapTo(claimed, a) - gapTo(claimed, b) || a.distance - b.distance,
  );
}

/** True when `other` is so much farther from the claimed date than `best` that it is no rival. */
function clearlyFarther(other: DateTie, best: DateTie, claimed: DateInterval): boolean {
  const g = gapTo(claimed, best);
  const h = gapTo(claimed, other);
  return h >= 3 * g && h - g >= CLEAR_MARGIN_DAYS;
}

function dateTies(c: Checker, e: Span, claimed: DateInterval): DateTie[] {
  return c.mentions.flatMap((m) => {
    const record = m.fact.date ? factInterval(m.fact.date) : null;
    return record
      ? [{ ...tieOf(c.input.text, c.sentence, e, m), record, cmp: compareDates(claimed, record) }]
      : [];
  });
}

function dateClaim(c: Checker, e: Span, t: DateTie, claimed: DateInterval, read: Reason, doubts: Reason[]) {
  const disputed = t.mention.fact.disputed?.includes('date') === true;
  return buildClaim(c.input.text, {
    span: e,
    fact: t.mention.fact,
    via: t.mention.via,
    agrees: disputed ? null : t.cmp.agrees,
    certain: !disputed && doubts.length === 0,
    resolved: formatInterval(claimed),
    record: formatInterval(t.record),
    reasons: [read, t.cmp.reason],
    doubts: disputed ? [reason('disputed', { part: 'date' }), ...doubts] : doubts,
    published: c.input.published,
    confidence: t.mention.fact.confidence,
  });
}

/** The candidate `claimed` agrees with, best first (keyword evidence only within its clause). */
function agreeingTie(ties: readonly DateTie[], claimed: DateInterval): DateTie | undefined {
  return ties
    .filter((t) => t.cmp.agrees && (t.mention.strength !== 'evidence' || t.sameClause))
    .sort(byAgreement(claimed))[0];
}

/** "take effect on", "came into force from", "effective", "kick in on" right before a date. */
const EFFECT =
  /\b(?:(?:take|takes|took|taken|taking|come|comes|came|coming)\s+(?:into\s+)?(?:effect|force)|effective|kick(?:s|ed)?\s+in|in force)\s+(?:on|from|as of)?\s*$/i;

const takesEffect = (text: string, e: TemporalExpression) =>
  EFFECT.test(text.slice(Math.max(0, e.start - 40), e.start));

/** Verbs right before a date that make it the date of a notice or statement ("unveiled on Oct. 9"). */
const ANNOUNCING =
  /\b(?:unveiled|issued|released|published|introduced|imposed|announced|declared|notified|said|told|informed)\s+(?:\w+\s+)?(?:on|in)?\s*$/i;

/**
 * True when a date of this kind can be the fact's own date. A reporting date ("announced on
 * 9 October") dates a statement: it is the fact's date when the fact is a notice or a
 * statement. A bound ("until 10 November 2026", "from 1 December") is the fact's date when
 * the fact is that end or that start.
 */
function ownsDate(text: string, e: TemporalExpression, fact: Fact): boolean {
  const own = ownWords(fact);
  // "take effect on Nov. 8", "effective from Dec. 1": the date a measure starts to apply.
  if (takesEffect(text, e) && !/\beffect\b|into force|\bin force\b|kick in/.test(own)) return false;
  if (
    (e.reporting || ANNOUNCING.test(text.slice(Math.max(0, e.start - 30), e.start))) &&
    !(fact.kind === 'instrument' || /confirm|announc|statement|briefing|notice|unveil|issue/.test(own))
  )
    return false;
  if (
    (e.bound === 'until' || e.bound === 'by') &&
    !/expir|\bends\b|\bended\b|\bend of\b|lapse|deadline|runs? until/.test(own)
  )
    return false;
  if (
    (e.bound === 'since' || e.bound === 'from') &&
    !/effect|start|began|begin|resum|launch|since|from|suspen|halt|ban|stop|clos/.test(own)
  )
    return false;
  return true;
}

/** A date: the fact it agrees with, else the fact it is firmly tied to. */
export function checkDate(
  c: Checker,
  e: TemporalExpression,
  claimed: DateInterval,
  read: Reason,
  alternative: DateInterval | null = null,
): { claim: Claim | null; anchor: DateInterval | null } {
  const ties = dateTies(c, e, claimed);
  if (!ties.length) return { claim: null, anchor: claimed };
  const close = ties.filter((t) => t.sameClause && !t.related);
  const hit =
    agreeingTie(close, claimed) ?? (close.some((t) => firm(t)) ? undefined : agreeingTie(ties, claimed));
  if (hit) return { claim: dateClaim(c, e, hit, claimed, read, []), anchor: hit.record };
  if (alternative) {
    // "when they meet in South Korea on Thursday": the upcoming Thursday, if that one fits.
    const alt = agreeingTie(
      dateTies(c, e, alternative).filter((t) => t.sameClause && !t.related),
      alternative,
    );
    const reread = reason(read.code, { ...read.params, resolved: formatInterval(alternative) });
    if (alt) return { claim: dateClaim(c, e, alt, alternative, reread, []), anchor: alt.record };
  }
  const owners = close.filter((t) => ownsDate(c.input.text, e, t.mention.fact));
  // "No. 70 … will remain in place until 10 Nov 2026": a bound the named fact does not own
  // may belong to a fact related to it (the suspension's end), as firmly as the named one.
  const related = relatedOwners(c, e, close, claimed).filter(
    (r) => !owners.some((o) => o.mention.fact.id === r.mention.fact.id && firm(o) >= firm(r)),
  );
  const tied = nearestFirst(
    [...owners.filter((o) => !related.some((r) => r.mention.fact.id === o.mention.fact.id)), ...related],
    claimed,
  );
  // A topic's events stand in only where nothing is named or cued directly.
  const direct = tied.filter((t) => !t.mention.derived && firm(t));
  if (direct.length)
    tied.splice(0, tied.length, ...direct, ...tied.filter((t) => !direct.includes(t) && !t.mention.derived));
  const best = tied[0];
  if (!best) return { claim: null, anchor: claimed };
  // It agrees with another fact in its clause, past a relational word: say so, but do not
  // call it wrong. (A fact in another clause is another statement.)
  const elsewhere = agreeingTie(
    ties.filter((t) => t.sameClause),
    claimed,
  );
  const pub = c.input.published;
  if (isScheduled(e) && pub !== null && best.record.end < pub - SCHEDULED_LOOKBACK_DAYS)
    return { claim: null, anchor: claimed }; // a plan for later, not this past event
  if (e.tense === 'future' && pub !== null && best.record.end < pub) return { claim: null, anchor: claimed };
  if (stateWithoutStart(c.input.text, c.sentence, e, best.mention.fact))
    return { claim: null, anchor: claimed };
  // "58% lower than in January": a point of comparison, not the date of anything.
  if (comparisonPoint(c.input.text, e)) return { claim: null, anchor: claimed };
  // "exports to India in June were 58% lower": the period of a statistic in the same clause.
  if (statisticPeriod(c, e)) return { claim: null, anchor: claimed };
  // "stopped issuing visas in 2020", "last held in 2019": another phase than the fact's.
  if (phaseMismatch(c.input.text, c.sentence, e, best.mention.fact)) return { claim: null, anchor: claimed };
  const doubts: Reason[] = [];
  // Keywords find an event; only its name or its cue makes the date unambiguously its own.
  // A date that disagrees with an event found only that loosely is more likely another
  // event's date than a mistake: no claim (a card saying "maybe" about it would be noise).
  // Nor does a fact only pointed back to ("the suspended measures … Dec. 1"): which of the
  // earlier events is meant is a guess.
  if (
    (best.mention.strength === 'evidence' && !strongEvidence(best)) ||
    best.mention.loose ||
    best.mention.inherited
  )
    return { claim: null, anchor: claimed };
  // A cue whose words reach into another clause ("take effect on Nov. 8, while rules on
  // foreign-made goods …") does not say which clause's event the date is.
  if (best.mention.strength === 'cue' && !best.whole && !best.mention.derived && !best.mention.inherited)
    return { claim: null, anchor: claimed };
  const rivals: DateTie[] = tied.filter((t) => t !== best && firm(t) && !clearlyFarther(t, best, claimed));
  if (elsewhere) rivals.push(elsewhere);
  if (rivals.length)
    doubts.push(reason('rival-facts', { others: rivals.map((t) => t.mention.fact.title).join('; ') }));
  // "from Nov. 9" without a year: last year's or this year's; neither fits, so which is meant is open.
  if (e.ambiguous || (alternative && e.rule !== 'weekday')) doubts.push(reason('ambiguous-date'));
  return { claim: dateClaim(c, e, best, claimed, read, doubts), anchor: best.record };
}

/** Facts related to the tied ones that own a bound date (as firm as the fact they relate to). */
function relatedOwners(
  c: Checker,
  e: TemporalExpression,
  close: readonly DateTie[],
  claimed: DateInterval,
): DateTie[] {
  if (e.bound === null && !takesEffect(c.input.text, e)) return [];
  const out: DateTie[] = [];
  for (const t of close) {
    if (!firm(t)) continue;
    for (const r of t.mention.fact.relations ?? []) {
      const fact = c.input.factById(r.target);
      const record = fact?.date ? factInterval(fact.date) : null;
      if (!fact || !record || !ownsDate(c.input.text, e, fact)) continue;
      out.push({ ...t, mention: { ...t.mention, fact }, record, cmp: compareDates(claimed, record) });
    }
  }
  return out;
}

/** Keyword evidence strong enough to decide a date: several of the fact's words, all in the value's clause. */
const strongEvidence = (t: Tie) =>
  t.whole && (t.mention.keywords ?? 0) >= STRONG_KEYWORDS && t.mention.score >= STRONG_EVIDENCE;
export const STRONG_KEYWORDS = 3;
export const STRONG_EVIDENCE = 12;

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
    reasons: [reason('read-date', { said: e.text, resolved: '', rule: e.rule })],
    doubts: [reason('no-publication-date')],
    published: c.input.published,
    confidence: t.mention.fact.confidence,
  });
}

type Q = NonNullable<Fact['quantity']>;

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
    .map((m) => tieOf(c.input.text, c.sentence, span, m))
    .filter((t) => t.sameClause && !otherMagnitude(value, unit, t.mention.fact.quantity as Q))
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
  // A gap in years stated anywhere in a sentence about one event ("resumed …, restoring a
  // connection cut for more than five years") is that event's, when nothing else competes.
  if (!ties.length && unit === 'years') {
    const gaps = c.mentions.filter(
      (m) =>
        m.fact.quantity?.unit === 'years' &&
        RANK[m.strength] >= RANK.cue &&
        !otherMagnitude(value, unit, m.fact.quantity),
    );
    if (gaps.length === 1) ties.push(tieOf(c.input.text, c.sentence, span, gaps[0] as Mention));
  }
  const best = ties[0];
  if (!best) return contextClaim(c, span);
  const q = best.mention.fact.quantity as Q;
  const disputedQuantity = best.mention.fact.disputed?.includes('quantity') === true;
  const cmp = compareQuantity(value, comparator, unit, q);
  const doubts: Reason[] = disputedQuantity ? [reason('disputed', { part: 'quantity' })] : [];
  const rival = ties.find(
    (t) => t !== best && firm(t) === firm(best) && t.distance <= best.distance + MEASURE_RIVAL_CHARS,
  );
  if (rival) {
    if (!cmp.agrees) doubts.push(reason('measure-unclear', { measure: q.measure }));
  }
  // A measure word right beside the figure ("49% of global mine output") ties it firmly.
  const beside = best.sameClause && best.distance <= MEASURE_BESIDE_CHARS;
  if (!cmp.agrees && ((!firmMention(best.mention) && !beside) || best.mention.loose)) return null;
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

/** Units of statistics, whose clause's dates are the periods they measure. */
const STATISTICS = new Set(['percent', 'tonnes', 'usd']);

/** True when the date's clause also holds a statistic (a share, a tonnage): the date is its period. */
function statisticPeriod(c: Checker, e: Span): boolean {
  const clause = clauseAt(c.input.text, c.sentence, e.start);
  return findNumbers(c.input.text, clause).some((n) => STATISTICS.has(n.unit));
}

/** True when `n` lies strictly between offset `at` and `span`. */
const between = (n: Span, at: number, span: Span) =>
  at < span.start ? n.start >= at && n.end <= span.start : n.start >= span.end && n.end <= at;

/** Units of a duration that can state a gap of years ("three-day" cannot). */
const YEARLY_UNITS = new Set(['year', 'decade']);

/** Units in which a stated length is the length of an event ("a three-day visit"). */
const EVENT_LENGTH_UNITS = new Set(['day', 'week']);

/**
 * "The three-day trip", "a two-day visit": the length of an event with a date range,
 * counted inclusively. Outlets count visits differently, so a length that does not fit is
 * context, never differs; a length the sources dispute is context either way.
 */
function checkLength(c: Checker, e: TemporalExpression, days: number): Claim | null {
  const t = c.mentions
    .filter(
      (m) => m.fact.kind === 'event' && m.fact.date?.precision === 'range' && RANK[m.strength] >= RANK.cue,
    )
    .map((m) => tieOf(c.input.text, c.sentence, e, m))
    .filter((x) => x.sameClause && !x.related)
    .sort(byStrength)[0];
  const iv = t?.mention.fact.date ? factInterval(t.mention.fact.date) : null;
  if (!t || !iv) return null;
  const recordDays = iv.end - iv.start + 1;
  const fits = Math.abs(days - recordDays) <= (e.params.unit === 'week' ? 3 : 0);
  const disputed = t.mention.fact.disputed?.includes('length') === true;
  const params = { said: e.text, record: formatInterval(iv), days: recordDays };
  return buildClaim(c.input.text, {
    span: e,
    fact: t.mention.fact,
    via: t.mention.via,
    agrees: disputed ? null : fits,
    certain: false,
    resolved: `${days} days`,
    record: formatInterval(iv),
    reasons: [reason(fits ? 'length-fits' : 'length-off', params)],
    doubts: [disputed ? reason('disputed', { part: 'length' }) : reason('length-counted')],
    published: c.input.published,
    confidence: t.mention.fact.confidence,
  });
}

/** A duration ("more than four years", "the first in five years", "a three-day visit"). */
export function checkDuration(c: Checker, e: TemporalExpression): Claim | null {
  const d = e.duration;
  if (!d) return null;
  const unit = String(e.params.unit ?? 'year');
  if (EVENT_LENGTH_UNITS.has(unit)) return checkLength(c, e, Math.round(d.years * 365.25));
  if (!YEARLY_UNITS.has(unit) && d.years < 1) return null;
  const read = reason('read-duration', { said: e.text, years: fmt(d.years) });
  return checkQuantity(c, e, d.years, d.comparator, 'years', read);
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

/** A figure tied to a characterisation (a topic fact), not to a measurable quantity. */
function contextClaim(c: Checker, span: Span): Claim | null {
  const topic = c.mentions.find((m) => m.fact.kind === 'topic' && RANK[m.strength] >= RANK.cue);
  if (!topic || !tieOf(c.input.text, c.sentence, span, topic).sameClause) return null;
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
