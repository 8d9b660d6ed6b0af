/**
 * The claim engine: in each sentence, finds dates, durations and figures, decides which
 * fact (if any) each one is about, resolves it against the publication date and compares
 * it with the record (rules in checks.ts).
 *
 * The rule for the whole engine: `differs` only when the fact and the value are both
 * unambiguous and the record disagrees beyond its tolerance; anything less certain is
 * `context`, with reasons saying why, or no claim at all when the value is not the fact's.
 */
import type { Fact } from '../facts/schema';
import type { Analysis, MatcherIndex } from '../match/terms';
import { type Checker, checkDate, checkDuration, checkNumber, unresolved } from './checks';
import type { Claim } from './claim';
import { type DateInterval, factInterval, formatInterval, ymd } from './dates';
import { type Mention, MentionIndex, RANK, type SentenceInfo } from './mentions';
import { findNumbers } from './numbers';
import { reason } from './reasons';
import { applyOffset, findTemporal, type TemporalExpression } from './temporal';

export type { Claim } from './claim';

export interface ClaimInput {
  readonly text: string;
  /** Publication day number (see dates.ts), or null when unknown. */
  readonly published: number | null;
  readonly index: MatcherIndex;
  readonly analysis: Analysis;
  readonly factById: (id: string) => Fact | undefined;
}

/** An event named without its aliases (by cue or evidence): a card on its deciding word. */
export interface Paraphrase {
  readonly start: number;
  readonly end: number;
  readonly factId: string;
  readonly mention: Mention;
}

export interface ClaimResult {
  readonly claims: Claim[];
  readonly paraphrases: Paraphrase[];
}

// TODO(temporal): findTemporal takes the year hint once the temporal rules land.
const temporal = findTemporal as unknown as (
  text: string,
  span: { start: number; end: number },
  published: number | null,
  context: { yearHint: number | null },
) => TemporalExpression[];

/** Words that make a date in an earlier sentence the anchor of this one. */
const ANCHORED_WORDS = /\b(later|following|next|previous|preceding|earlier|before|after|same)\b/i;
/** Kinds whose paraphrase gets a card of its own. */
const PARAPHRASE_KINDS = new Set(['event', 'instrument']);

/** Checks every claim in the text. */
export function checkClaims(input: ClaimInput): Claim[] {
  return analyzeClaims(input).claims;
}

/** Claims, and the events referred to by paraphrase. */
export function analyzeClaims(input: ClaimInput): ClaimResult {
  const claims: Claim[] = [];
  const paraphrases: Paraphrase[] = [];
  const index = new MentionIndex(input.text, input.index, input.analysis, input.factById);
  const sents = index.sentences;
  let anchor: DateInterval | null = null;
  let yearHint: number | null = null;
  for (let i = 0; i < sents.length; i++) {
    const { span: sentence, paragraph } = sents[i] as SentenceInfo;
    if (i > 0 && (sents[i - 1] as SentenceInfo).paragraph !== paragraph) {
      anchor = null;
      yearHint = null;
    }
    const next = sents[i + 1];
    const anchorsNext =
      next !== undefined &&
      next.paragraph === paragraph &&
      ANCHORED_WORDS.test(input.text.slice(next.span.start, next.span.end));
    // Sentences that name nothing are only read for a date the next sentence counts from.
    if (!index.hasAny(i) && !anchorsNext) continue;
    const mentions = index.mentions(i);
    const check: Checker = { input, sentence, mentions };
    const before = claims.length;
    for (const e of temporal(input.text, sentence, input.published, { yearHint })) {
      // "In March 2019 … in April": only a month or day with its year lends the year on;
      // any other date in between ("till 2023", "last year") ends the loan.
      if (e.kind !== 'duration')
        yearHint =
          e.kind === 'absolute' &&
          e.bound === null &&
          (e.interval?.precision === 'month' || e.interval?.precision === 'day')
            ? ymd(e.interval.start).year
            : null;
      if (!mentions.length) {
        if (e.interval) anchor = e.interval;
        continue;
      }
      const got = checkExpression(check, e, anchor);
      if (got.claim) claims.push(got.claim);
      if (got.anchor) anchor = got.anchor;
    }
    if (!mentions.length) continue;
    for (const n of findNumbers(input.text, sentence)) {
      const c = checkNumber(check, n);
      if (c) claims.push(c);
    }
    paraphrases.push(...paraphrasesIn(input.text, mentions, claims.slice(before)));
  }
  return { claims, paraphrases };
}

/**
 * Events a sentence refers to without naming them get a card on their deciding word,
 * unless a claim about them is already there, or another fact is decided by the same word
 * (then the words do not say which).
 */
function paraphrasesIn(text: string, mentions: readonly Mention[], claims: readonly Claim[]): Paraphrase[] {
  const claimed = new Set(claims.map((c) => c.factId));
  const found = mentions
    .filter((m) => m.strength !== 'alias' && !claimed.has(m.fact.id) && PARAPHRASE_KINDS.has(m.fact.kind))
    .map((m) => {
      const start = Math.min(...m.positions);
      const end = start + (/^[\p{L}\p{N}'’-]+/u.exec(text.slice(start))?.[0].length ?? 0);
      return { start, end, factId: m.fact.id, mention: m };
    });
  return found.filter((p) => p.end > p.start && !found.some((o) => o !== p && o.start === p.start));
}

/** The mention a "N days after <event>" expression counts from, if the event follows it. */
function anchorEvent(c: Checker, e: TemporalExpression): Mention | null {
  if (!/\b(after|before|ahead of|prior to|following)\b\s*$/i.test(e.text)) {
    const after = c.input.text.slice(e.end, Math.min(c.sentence.end, e.end + 12));
    if (!/^\s*(after|before|ahead of|prior to)\b/i.test(after)) return null;
  }
  const windowEnd = Math.min(c.sentence.end, e.end + 70);
  const dated = c.mentions.filter(
    (m) =>
      m.fact.date && m.positions.some((p) => p >= e.end && p < windowEnd) && RANK[m.strength] >= RANK.cue,
  );
  return dated.sort((a, b) => RANK[b.strength] - RANK[a.strength])[0] ?? null;
}

function checkExpression(
  c: Checker,
  e: TemporalExpression,
  anchor: DateInterval | null,
): { claim: Claim | null; anchor: DateInterval | null } {
  if (e.kind === 'duration') return { claim: checkDuration(c, e), anchor: null };
  if (e.kind === 'anchored') {
    if (!e.offset) return { claim: null, anchor: null };
    const from = anchorEvent(c, e);
    if (from?.fact.date) {
      const base = factInterval(from.fact.date) as DateInterval;
      const claimed = applyOffset(base, e.offset);
      const rest = c.mentions.filter((m) => m !== from);
      const read = reason('read-between', {
        said: e.text,
        resolved: formatInterval(claimed),
        anchorFact: from.fact.title,
        anchor: formatInterval(base),
      });
      return checkDate({ ...c, mentions: rest }, e, claimed, read);
    }
    if (!anchor) return { claim: null, anchor: null };
    const claimed = applyOffset(anchor, e.offset);
    const read = reason('read-anchored', {
      said: e.text,
      resolved: formatInterval(claimed),
      anchor: formatInterval(anchor),
    });
    return checkDate(c, e, claimed, read);
  }
  if (!e.interval) return { claim: unresolved(c, e), anchor: null };
  const read = reason('read-date', {
    said: e.text,
    resolved: formatInterval(e.interval),
    rule: (e as { rule?: string }).rule ?? e.kind,
  });
  return checkDate(c, e, e.interval, read);
}
