import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/core/claims/format-number';

// The text must be exactly what en-GB's Intl number format wrote before (ADR 0031): Node's full ICU is the oracle.
const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

describe('formatNumber', () => {
  it('writes grouped digits and at most two decimals', () => {
    expect(formatNumber(1234567.891)).toBe('1,234,567.89');
    expect(formatNumber(-12345.5)).toBe('-12,345.5');
    expect(formatNumber(100)).toBe('100');
    expect(formatNumber(0.5)).toBe('0.5');
  });

  it('rounds half away from zero on the shortest decimal form, carrying', () => {
    // 1.005 is stored just below 1.005, but its shortest form is "1.005": Intl rounds that up.
    expect(formatNumber(1.005)).toBe('1.01');
    expect(formatNumber(999.995)).toBe('1,000');
    expect(formatNumber(0.004)).toBe('0');
    expect(formatNumber(-0.005)).toBe('-0.01');
  });

  it('agrees with Intl on edge cases', () => {
    const cases = [
      0,
      -0,
      1e21,
      1.5e21,
      1e-7,
      -1e-7,
      123e30,
      1e300,
      5e-324,
      2 ** 53 + 2,
      -0.001,
      0.995,
      9.995,
    ];
    for (const n of [...cases, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
      expect(formatNumber(n), String(n)).toBe(intl.format(n));
  });

  it('agrees with Intl on 30 000 numbers of every magnitude', () => {
    // A fixed linear congruential sequence: the same numbers on every run.
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const misses: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const values = [
        (next() - 0.5) * 10 ** Math.floor(next() * 30 - 8),
        Math.round(next() * 1e6) / 1000,
        Math.round(next() * 1e5) / 200,
      ];
      for (const n of values) if (formatNumber(n) !== intl.format(n)) misses.push(`${n}`);
    }
    expect(misses).toEqual([]);
  });
});
