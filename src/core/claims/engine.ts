/**
 * The claim engine: in each sentence, finds dates, durations and figures that the text
 * ties to a fact it refers to (by alias or by cue), resolves them against the publication
 * date, and compares them with the record.
 *
 * Attachment: a date goes to the referred fact whose record it agrees with, else to the
 * nearest referred fact in the sentence. A disagreement is only called `differs` when the
 * attachment is strong (the only dated fact in the sentence, or mentioned within
 * STRONG_ATTACHMENT_CHARS); otherwise the claim is `context`. A "said on Thursday" date
 * dates the report, so it only attaches to facts within REPORTING_WINDOW_DAYS of publication.
 * Relative anchors ("the following month") count from the record date of the fact the
 * previous date was attached to, so each claim is checked on its own.
 */
import type { Fact } from '../facts/schema';
import type { Analysis, MatcherIndex } from '../match/terms';
import { type DateInterval, factInterval, formatInterval, gapDays, parsePartialDate } from './dates';
import { type Mention, MentionIndex, type SentenceInfo } from './mentions';
import { findNumbers, type NumberExpression } from './numbers';
import { applyOffset, findTemporal, type TemporalExpression } from './temporal';
import { compareDates, compareQuantity, type Verdict } from './verdict';

/** Within this many characters of a mention, a date or figure is firmly about that fact. */
export const STRONG_ATTACHMENT_CHARS = 90;
/** A reporting date ("said on Thursday") can only date a fact this close to publication. */
export const REPORTING_WINDOW_DAYS = 14;

export interface Claim {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly factId: string;
  readonly verdict: Verdict;
  /** What the article says, resolved ("Oct 2024"), when it resolves. */
  readonly resolved: string | null;
  /** What the record says ("30 Oct 2024", "69 percent"). */
  readonly record: string;
  readonly explanation: string;
}

export interface ClaimInput {
  readonly text: string;
  /** Publication day number (see dates.ts), or null when unknown. */
  readonly published: number | null;
  readonly index: MatcherIndex;
  readonly analysis: Analysis;
  readonly factById: (id: string) => Fact | undefined;
}

const distance = (m: Mention, e: { start: number; end: number }) =>
  Math.min(...m.positions.map((p) => (p < e.start ? e.start - p : p >= e.end ? p - e.end : 0)));

function outdatedBy(fact: Fact, published: number | null): string | null {
  if (!fact.validUntil || published === null) return null;
  const until = parsePartialDate(fact.validUntil);
  return until && published >= until.start ? formatInterval(until) : null;
}

function finish(
  input: ClaimInput,
  e: { start: number; end: number },
  m: Mention,
  agrees: boolean,
  strong: boolean,
  parts: { said: string; resolved: string | null; record: string; reason: string },
): Claim {
  const superseded = agrees ? outdatedBy(m.fact, input.published) : null;
  const verdict: Verdict = agrees ? (superseded ? 'outdated' : 'consistent') : strong ? 'differs' : 'context';
  const why =
    verdict === 'outdated'
      ? `It matches the record as it stood, but that record was superseded from ${superseded}; the article was published after that.`
      : verdict === 'differs'
        ? `It does not match the record.${m.fact.misreports?.length ? ` Known misreport: ${m.fact.misreports.map((r) => `${r.wrong} → ${r.right}`).join('; ')}.` : ''}`
        : verdict === 'context'
          ? 'It does not match, but the sentence does not tie it firmly to this fact, so it is shown as context only.'
          : 'It matches the record.';
  return {
    start: e.start,
    end: e.end,
    quote: input.text.slice(e.start, e.end),
    factId: m.fact.id,
    verdict,
    resolved: parts.resolved,
    record: parts.record,
    explanation: `The sentence refers to ${m.fact.title} (via ${m.via}). "${parts.said}": ${parts.reason}. Record: ${parts.record} (${m.fact.confidence}). ${why}`,
  };
}

function checkDate(
  input: ClaimInput,
  e: TemporalExpression,
  claimed: DateInterval,
  mentions: readonly Mention[],
  how: string,
): { claim: Claim | null; anchor: DateInterval } {
  let dated = mentions
    .map((m) => ({ m, record: m.fact.date ? factInterval(m.fact.date) : null }))
    .filter((x): x is { m: Mention; record: DateInterval } => x.record !== null);
  if (e.reporting && input.published !== null) {
    const pub = input.published;
    dated = dated.filter(
      (x) => gapDays(x.record, { start: pub, end: pub, precision: 'day' }) <= REPORTING_WINDOW_DAYS,
    );
  }
  if (!dated.length) return { claim: null, anchor: claimed };
  const scored = dated
    .map((x) => ({ ...x, cmp: compareDates(claimed, x.record), dist: distance(x.m, e) }))
    .sort((a, b) => Number(b.cmp.agrees) - Number(a.cmp.agrees) || a.dist - b.dist);
  const best = scored[0] as (typeof scored)[number];
  // "Until 2023", "since May 2020" bound a state; they are only worth showing when they agree.
  if (e.bound !== null && !best.cmp.agrees) return { claim: null, anchor: claimed };
  const strong = dated.length === 1 || best.dist <= STRONG_ATTACHMENT_CHARS;
  const { cmp } = best;
  const claim = finish(input, e, best.m, cmp.agrees, strong, {
    said: e.text,
    resolved: formatInterval(claimed),
    record: formatInterval(best.record),
    reason: `read as ${formatInterval(claimed)} (${how}); ${cmp.reason}`,
  });
  return { claim, anchor: best.record };
}

function checkDuration(input: ClaimInput, e: TemporalExpression, mentions: readonly Mention[]): Claim | null {
  const duration = e.duration;
  if (!duration) return null;
  const candidates = mentions.filter((m) => m.fact.quantity?.unit === 'years');
  const best = candidates.sort((a, b) => distance(a, e) - distance(b, e))[0];
  if (!best?.fact.quantity) return contextClaim(input, e, mentions);
  const cmp = compareQuantity(duration.years, duration.comparator, 'years', best.fact.quantity);
  return finish(input, e, best, cmp.agrees, true, {
    said: e.text,
    resolved: `${duration.years.toLocaleString('en-GB', { maximumFractionDigits: 2 })} years`,
    record: `${best.fact.quantity.value} years (${best.fact.quantity.measure})`,
    reason: `${e.how}; ${cmp.reason}`,
  });
}

/** A figure tied to a characterisation (a topic fact), not to a measurable quantity. */
function contextClaim(
  input: ClaimInput,
  e: { start: number; end: number },
  mentions: readonly Mention[],
): Claim | null {
  const topic = mentions.find((m) => m.fact.kind === 'topic');
  if (!topic) return null;
  return {
    start: e.start,
    end: e.end,
    quote: input.text.slice(e.start, e.end),
    factId: topic.fact.id,
    verdict: 'context',
    resolved: null,
    record: topic.fact.summary,
    explanation:
      `The sentence refers to ${topic.fact.title} (via ${topic.via}); it is a characterisation, not a figure the record can check. ${topic.fact.notes ?? ''}`.trim(),
  };
}

/** Words that make a date in an earlier sentence the anchor of this one. */
const ANCHORED_WORDS = /\b(later|following|next|previous|preceding|earlier|before|after|same)\b/i;

/** Checks every claim in the text. */
export function checkClaims(input: ClaimInput): Claim[] {
  const claims: Claim[] = [];
  const index = new MentionIndex(input.text, input.index, input.analysis, input.factById);
  const sents = index.sentences;
  let anchor: DateInterval | null = null;
  for (let i = 0; i < sents.length; i++) {
    const { span: sentence, paragraph } = sents[i] as SentenceInfo;
    if (i > 0 && (sents[i - 1] as SentenceInfo).paragraph !== paragraph) anchor = null;
    const next = sents[i + 1];
    const anchorsNext =
      next !== undefined &&
      next.paragraph === paragraph &&
      ANCHORED_WORDS.test(input.text.slice(next.span.start, next.span.end));
    // Sentences that name nothing are only read for a date the next sentence counts from.
    if (!index.hasAny(i) && !anchorsNext) continue;
    const mentions = index.mentions(i);
    for (const e of findTemporal(input.text, sentence, input.published)) {
      if (e.kind === 'duration') {
        const c = mentions.length ? checkDuration(input, e, mentions) : null;
        if (c) claims.push(c);
        continue;
      }
      const claimed =
        e.kind === 'anchored' ? (anchor && e.offset ? applyOffset(anchor, e.offset) : null) : e.interval;
      if (!claimed) {
        if (e.kind !== 'anchored' && mentions.some((m) => m.fact.date))
          claims.push(unresolved(input, e, mentions));
        continue;
      }
      const how = e.kind === 'anchored' ? `${e.how}, ${formatInterval(anchor as DateInterval)}` : e.how;
      const checked = checkDate(input, e, claimed, mentions, how);
      if (checked.claim) claims.push(checked.claim);
      anchor = checked.anchor;
    }
    if (!mentions.length) continue;
    for (const n of findNumbers(input.text, sentence)) {
      const c = checkNumber(input, n, mentions);
      if (c) claims.push(c);
    }
  }
  return claims;
}

function checkNumber(input: ClaimInput, n: NumberExpression, mentions: readonly Mention[]): Claim | null {
  const candidates = mentions.filter((m) => m.fact.quantity?.unit === n.unit);
  const best = candidates.sort((a, b) => distance(a, n) - distance(b, n))[0];
  if (!best?.fact.quantity) return contextClaim(input, n, mentions);
  const cmp = compareQuantity(n.value, n.comparator, n.unit, best.fact.quantity);
  return finish(input, n, best, cmp.agrees, true, {
    said: n.text,
    resolved: `${n.value} ${n.unit}`,
    record: `${best.fact.quantity.value} ${best.fact.quantity.unit}: ${best.fact.quantity.measure}`,
    reason: cmp.reason,
  });
}

/** A relative date that cannot be resolved (no publication date): context, never differs. */
function unresolved(input: ClaimInput, e: TemporalExpression, mentions: readonly Mention[]): Claim {
  const m = mentions.find((x) => x.fact.date) as Mention;
  const record = m.fact.date ? formatInterval(factInterval(m.fact.date) as DateInterval) : '';
  return {
    start: e.start,
    end: e.end,
    quote: input.text.slice(e.start, e.end),
    factId: m.fact.id,
    verdict: 'context',
    resolved: null,
    record,
    explanation: `The sentence refers to ${m.fact.title} (via ${m.via}). "${e.text}": ${e.how}. Record: ${record}. Without a publication date it cannot be checked.`,
  };
}
