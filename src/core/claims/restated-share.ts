/**
 * A share that restates a country's figure as its part of the world's (ADR 0124): "China mined
 * 270,000 tons, about 69% of the world total", "…, out of global output of 390,000 tons — roughly
 * 69%". The percentage's measure is not named beside it; its scope is the figure before it. When
 * that figure fits one country's record exactly, and that record has exactly one related share
 * (China's mine output → China's share of world mine output), the percentage is that share. A
 * figure that fits no record, or one whose record has no share (India's output), leaves the
 * percentage unread: a share is never compared with a neighbouring quantity of another scope.
 */
import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import type { Checker } from './check-common';
import { countriesIn } from './figure-owners';
import { CUE_SCORE, type Mention } from './mention-types';
import type { NumberExpression } from './numbers';
import { reason } from './reasons';
import { compareQuantity } from './verdict';

/** What stands right before a restated share: a comma, a dash or "or" ("…, or about 69%"). */
const LEAD = /(?:,|—|–|\s-|\bor)\s*$/;

/** What follows it: nothing more of its clause, or an "of" phrase naming the world's whole. */
const TAIL =
  /^(?:\s*(?:[,;.:—–)]|$)|\s+of\s+(?:(?:the|a|that)\s+)?(?:(?:world['’]?s?|global|worldwide)\s+)?(?:total|output|production|supply|mine\s+(?:output|production))\b)/i;

/** Words between the country's figure and its share: no clause of another subject. */
const OTHER_SUBJECT =
  /;|\b(?:while|whereas|but|and\s+(?:its|the|their|India|China|[A-Z]\w+)\s+\w+(?:ed|s)\b)/;

/**
 * The figure a percentage at `span` restates as a share ("China mined 140,000 tons in 2018, about
 * 59% of the world total": the 140,000 tons): the percentage is set off after it by a comma, dash
 * or "or", nothing of another subject stands between, and nothing follows in its clause but an
 * "of" phrase naming the world's whole. The first of the figures before it, all of one unit (the
 * country's part and the world's whole: "270,000 tons of the 390,000 tons mined worldwide"); null
 * when there is none. Its period is the share's (figure-period.ts, ADR 0126).
 */
export function restatedFigure(c: Checker, span: Span): NumberExpression | null {
  const text = c.input.text;
  if (!LEAD.test(text.slice(c.sentence.start, span.start))) return null;
  if (!TAIL.test(text.slice(span.end, c.sentence.end))) return null;
  const before = (c.numbers ?? []).filter((n) => n.end <= span.start && n.start >= c.sentence.start);
  const first = before[0];
  if (!first || first.unit === 'percent' || before.some((n) => n.unit !== first.unit)) return null;
  if (OTHER_SUBJECT.test(text.slice(first.end, span.start))) return null;
  return first;
}

/**
 * The share fact a percentage restates, with the mention it is read through; null when the
 * figure before it does not fit exactly one country's record with exactly one share.
 */
export function restatedShare(c: Checker, span: Span, unit: string): Mention | null {
  if (unit !== 'percent') return null;
  const text = c.input.text;
  const first = restatedFigure(c, span);
  if (!first) return null;
  const between = text.slice(first.end, span.start);
  const shares = new Map<string, { share: Fact; of: Mention }>();
  for (const m of c.mentions) {
    const q = m.fact.quantity;
    if (!q || q.unit !== first.unit || !countriesIn(m.fact.title).length) continue;
    if (!compareQuantity(first.value, first.comparator, first.unit, q).agrees) continue;
    // Another country named between the figure and its share would own the share.
    const own = countriesIn(m.fact.title);
    if (countriesIn(between).some((k) => !own.includes(k))) continue;
    const related = (m.fact.relations ?? [])
      .map((r) => c.input.factById(r.target))
      .filter((f): f is Fact => f?.quantity?.unit === 'percent');
    for (const share of related) shares.set(share.id, { share, of: m });
  }
  if (shares.size !== 1) return null;
  const [{ share }] = [...shares.values()] as [{ share: Fact; of: Mention }];
  return {
    fact: share,
    positions: [span.start],
    strength: 'cue',
    score: CUE_SCORE,
    via: reason('found-cue', { fact: share.title, words: text.slice(first.start, first.end) }),
    inherited: true,
  };
}
