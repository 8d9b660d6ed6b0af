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

describe('a date modifying a noun under a future auxiliary', () => {
  const PUB2 = parsePublished('2025-11-20') as number;
  const read = (text: string) =>
    findTemporal(text, { start: 0, end: text.length }, PUB2).find((x) => /month/.test(x.rule));
  it('takes no future from the clause: the named thing is the one already dated', () => {
    const e = read('The board will scrap the Nov. 3 tariffs next year.');
    expect(e?.tense).toBeNull();
    expect(e?.interval && formatInterval(e.interval)).toBe('3 Nov 2025');
    expect(read('Ministers will keep their March quotas.')?.interval?.start).toBeLessThan(PUB2);
  });
  it('still reads a future date after a preposition as ahead', () => {
    const e = read('The envoy will be in the capital from Dec. 3.');
    expect(e?.tense).toBe('future');
  });
});
