import { describe, expect, it } from 'vitest';
import { formatInterval, parsePublished } from '../../../src/core/claims/dates';
import { forwardReading } from '../../../src/core/claims/other-readings';
import { findTemporal } from '../../../src/core/claims/temporal';

// ADR 0147: an untensed year-less day a few weeks after publication reads as the coming one,
// and the same day a year back stays its other reading.
const PUB = parsePublished('2025-10-10') as number;
const day = (text: string) => {
  const e = findTemporal(text, { start: 0, end: text.length }, PUB).find((x) => /month|day/.test(x.rule));
  if (!e?.interval) throw new Error(`no date in ${text}`);
  return { e, said: formatInterval(e.interval) };
};

describe('a year-less day just after publication', () => {
  it('reads the coming day, with last year’s as the other reading', () => {
    const { e, said } = day('most of the controls bite from November 8');
    expect(said).toBe('8 Nov 2025');
    const other = forwardReading(e, PUB);
    expect(other && formatInterval(other)).toBe('8 Nov 2024');
  });

  it('keeps the past default, with the coming day as the other reading, after a past verb', () => {
    const { e, said } = day('the ministry announced on Nov. 8');
    expect(said).toBe('8 Nov 2024');
    const other = forwardReading(e, PUB);
    expect(other && formatInterval(other)).toBe('8 Nov 2025');
  });
});
