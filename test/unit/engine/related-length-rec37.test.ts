/**
 * ADR 0153: a length governed by the act word of a recorded length ("pause", "shelve",
 * "suspension"), in a sentence naming an event that length is recorded with, is that length even
 * when what was paused is only "it" or "the package"; agreement only. And "due to take effect" is
 * a schedule, not a cause phrase. Sentences written for the rule, not from the eval corpus.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, claims } from './claims-of';

const PAUSE = 'quantity.october-controls-pause-years';
const pauseClaims = (t: string) => claims(t, '2025-11-03').filter((c) => c.fact === PAUSE);

describe('a length by its act word and a related event', () => {
  it('"agreed to shelve it for a year after … in Busan": the recorded pause', () => {
    const t =
      'The wider package was to apply from Nov. 8, but Beijing agreed to shelve it for a year after Xi Jinping met Donald Trump in Busan.';
    expect(claimAt(t, '2025-11-03', 'a year')).toMatchObject({ fact: PAUSE, verdict: 'consistent' });
  });
  it('"the one-year suspension" after the Busan meeting', () => {
    const t =
      'Officials said the one-year suspension followed the meeting of Donald Trump and Xi Jinping in Busan.';
    expect(claimAt(t, '2025-11-03', 'one-year')?.fact).toBe(PAUSE);
  });
  it("a value that does not agree makes no claim (it may be another side's length)", () => {
    const t =
      'The wider package was to apply from Nov. 8, but Beijing agreed to shelve it for three years after Xi Jinping met Donald Trump in Busan.';
    expect(pauseClaims(t)).toEqual([]);
  });
  it('not without an event the length is recorded with', () => {
    expect(
      pauseClaims('The wider package was to apply from Nov. 8, but Beijing agreed to shelve it for a year.'),
    ).toEqual([]);
  });
  it('not when the act word does not govern the length', () => {
    const t =
      'Beijing agreed to shelve the package, and a year after Xi Jinping met Donald Trump in Busan the two sides met again.';
    expect(pauseClaims(t)).toEqual([]);
  });
});

describe('"due to" before a verb is no cause phrase', () => {
  it('"were due to take effect Nov. 8 but are to be shelved for a year after … Busan"', () => {
    const t =
      'These rules were due to take effect Nov. 8 but are to be shelved for a year after Donald Trump met Xi Jinping in Busan on Thursday.';
    expect(claimAt(t, '2025-11-01', 'a year')).toMatchObject({ fact: PAUSE, verdict: 'consistent' });
  });
});
