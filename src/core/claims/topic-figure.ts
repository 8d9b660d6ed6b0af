/**
 * A figure tied to a characterisation (a topic fact) rather than a measurable quantity: `context`,
 * with the topic's note. Split from check-quantities.ts.
 */
import type { Span } from '../match/sentences';
import type { Checker } from './check-common';
import { buildClaim, type Claim } from './claim';
import { RANK } from './mentions';
import { reason } from './reasons';
import { tieOf } from './ties';

/** A figure tied to a characterisation (a topic fact), not to a measurable quantity. */
export function contextClaim(c: Checker, span: Span): Claim | null {
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
