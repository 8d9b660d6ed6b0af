/**
 * ADR 0101: in a recency sentence, an event found only by its words stands for its recorded gap
 * (evidence-gap.ts), and only confirms it. Sentences written for these tests (not from the eval corpus).
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const YATRA_GAP = 'quantity.kailash-yatra-gap-years'; // about five years, to 2025
const FLIGHTS_GAP = 'quantity.direct-flights-gap-years'; // five years, to Oct 2025

describe('a recency gap of an event found by its words', () => {
  it('"the first time the pilgrimage … since 2019", in 2025: the pilgrimage\'s gap, consistent', () => {
    const t =
      'It is the first time the pilgrimage to Gang Rinpoche and Mapam Yumco has gone ahead since 2019.';
    expect(claimAt(t, '2025-07-14', 'since 2019')).toMatchObject({ fact: YATRA_GAP, verdict: 'consistent' });
  });
  it('"the first scheduled nonstop passenger service between India and China in five years"', () => {
    const t =
      'A jet bound for Guangzhou left Kolkata late on Sunday, the first scheduled nonstop passenger service between India and China in five years.';
    expect(claimAt(t, '2025-10-27', 'five years')).toMatchObject({
      fact: FLIGHTS_GAP,
      verdict: 'consistent',
    });
  });
  it('a gap the record does not give is no claim (the event is only a reading of the words)', () => {
    // Undated: dated rightly ("late on Sunday"), the flight's gap is `differs` (ADR 0108 rule 2).
    const t =
      'A jet bound for Guangzhou left Kolkata, the first scheduled nonstop passenger service between India and China in nine years.';
    expect(claimAt(t, '2025-10-27', 'nine years')).toBeNull();
  });
});
