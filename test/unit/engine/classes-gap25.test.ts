/**
 * Session 25 gap rule (ADR 0088): a gap between two recorded events the sentence names, its
 * subject dated by its own words, read through its hedge. Sentences written for the rule (not
 * from the eval corpus), each checked to fail without it, and sentences it must leave alone; then
 * the property that a true gap, however hedged, never differs.
 */
import { describe, expect, it } from 'vitest';
import { type DateInterval, factInterval, gapDays } from '../../../src/core/claims/dates';
import { gapDates, gapRange, type Hedge } from '../../../src/core/claims/stated-gap';
import type { AnchorOffset } from '../../../src/core/claims/temporal';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { claimAt, claims, factById } from './claims-of';

const TIANJIN = 'event.tianjin-modi-xi-meeting';
const gapClaim = (t: string, pub: string, q: string) =>
  claims(t, pub).find((c) => c.quote.includes(q)) ?? null;

describe('a gap between two recorded events, its subject dated by its own words', () => {
  const said = (g: string) => `Today's meeting comes ${g} after the Kazan talks between the two leaders.`;
  it('"Today\'s meeting comes two years after the Kazan talks" (ten months): differs', () => {
    expect(claimAt(said('two years'), '2025-08-31', 'two years after')).toMatchObject({
      fact: TIANJIN,
      verdict: 'differs',
    });
    expect(claimAt(said('just four months'), '2025-08-31', 'four months after')?.verdict).toBe('differs');
  });
  it('the true gap, bare or hedged, is consistent', () => {
    for (const g of [
      'ten months',
      'about ten months',
      'nearly ten months',
      'more than ten months',
      'less than a year',
    ])
      expect(claimAt(said(g), '2025-08-31', 'after')?.verdict, g).not.toBe('differs');
  });
  it('"<clause> on Sunday, <gap> after <event>": the clause\'s dated event', () => {
    const t = (g: string) => `Modi met Xi Jinping in Tianjin on Sunday, ${g} after their talks in Kazan.`;
    expect(claimAt(t('four months'), '2025-09-01', 'four months after')).toMatchObject({
      fact: TIANJIN,
      verdict: 'differs',
    });
    expect(claimAt(t('ten months'), '2025-09-01', 'ten months after')?.verdict).not.toBe('differs');
  });
  it('not when the clause reports a saying', () => {
    const t =
      'Officials said on Sunday that Modi met Xi Jinping in Tianjin, four months after their talks in Kazan.';
    expect(claims(t, '2025-09-01').filter((c) => c.verdict === 'differs')).toEqual([]);
  });
  it('not when the subject has no date of its own in its phrase', () => {
    const t = 'The meeting in Tianjin came four months after the Kazan talks between the two leaders.';
    expect(gapClaim(t, '2025-09-01', 'four months after')?.verdict).not.toBe('differs');
  });
  it("not when the event counted from is named only after the gap's own phrase", () => {
    const t =
      'Modi met Xi Jinping in Tianjin on Sunday, a day after the announcement and ten months after their talks in Kazan.';
    expect(gapClaim(t, '2025-09-01', 'a day after')?.verdict).not.toBe('differs');
  });
});

/** The unit and count a writer would use for a gap of `d` days, rounded as the hedge rounds. */
function written(d: number, hedge: Hedge): { amount: number; unit: AnchorOffset['unit'] } {
  const [unit, size]: [AnchorOffset['unit'], number] =
    d < 14 ? ['day', 1] : d < 60 ? ['week', 7] : d < 700 ? ['month', 30.44] : ['year', 365.25];
  const x = d / size;
  const amount = hedge === 'at-least' ? Math.floor(x) : hedge === 'at-most' ? Math.ceil(x) : Math.round(x);
  return { amount: Math.max(1, amount), unit };
}

describe('the hedge tolerance (property over every pair of recorded events)', () => {
  const dated = BUNDLED_PACKS.flatMap((p) => p.facts)
    .filter((f) => f.kind === 'event' && f.date)
    .map((f) => ({ id: f.id, at: factInterval(f.date as NonNullable<typeof f.date>) as DateInterval }))
    .filter((x) => x.at !== null);
  const pairs = dated.flatMap((a) => dated.filter((b) => b.at.start > a.at.end).map((b) => [a, b] as const));
  const hedges: Hedge[] = ['exact', 'approximate', 'at-least', 'at-most'];
  it('has pairs to test', () => expect(pairs.length).toBeGreaterThan(100));
  it('a true gap written with any hedge, after or before, never differs', () => {
    for (const [a, b] of pairs)
      for (const h of hedges) {
        const { amount, unit } = written(b.at.start - a.at.end, h);
        const after = gapDates(a.at, 1, gapRange(amount, unit, h));
        const before = gapDates(b.at, -1, gapRange(amount, unit, h));
        expect(gapDays(after, b.at), `${a.id} → ${b.id} ${h} ${amount} ${unit}`).toBe(0);
        expect(gapDays(before, a.at), `${b.id} ← ${a.id} ${h} ${amount} ${unit}`).toBe(0);
      }
  });
  it('a gap four times the true one (and two units more) differs where both ends are days', () => {
    const days = pairs.filter(([a, b]) => a.at.end - a.at.start <= 2 && b.at.end - b.at.start <= 2);
    expect(days.length).toBeGreaterThan(20);
    for (const [a, b] of days)
      for (const h of hedges) {
        const { amount, unit } = written(b.at.start - a.at.end, 'exact');
        const far = gapDates(a.at, 1, gapRange(amount * 4 + 2, unit, h));
        expect(gapDays(far, b.at), `${a.id} → ${b.id} ${h}`).toBeGreaterThan(0);
      }
  });
  it('uses the fact base', () => expect(factById(TIANJIN)).toBeTruthy());
});
