/**
 * Session 27's rules for anchored gaps and reporting dates (issue #7, ADR 0098), each with
 * sentences written for the rule (not from the eval corpus or the stress sets), each checked to
 * fail without it.
 */
import { describe, expect, it } from 'vitest';
import type { DateInterval } from '../../../src/core/claims/dates';
import { applyOffset } from '../../../src/core/claims/temporal';
import { claimAt } from './claims-of';

describe('a relative clause that dates its antecedent by a gap', () => {
  const text =
    'Both ministers praised the progress since the meeting in Kazan on the margins of the BRICS summit last ' +
    'October, which came two days after the two sides reached a resolution on patrolling.';
  it('", which came two days after" dates the event named before it, and agrees', () => {
    expect(claimAt(text, '2025-09-02', 'two days after')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'consistent',
    });
  });
  it('a gap that does not agree says nothing (which clause it is set against is a reading)', () => {
    expect(claimAt(text.replace('two days', 'five weeks'), '2025-09-02', 'five weeks after')).toBeNull();
  });
});

describe('"N into <event>": that long after the event began', () => {
  const text =
    'Twenty Indian soldiers died in the Galwan Valley on June 15, 2020. The clash came about six weeks into a ' +
    'standoff that had begun with a brawl between troops near Pangong Tso in early May 2020.';
  it('is read as a gap counted from the start, and agrees', () => {
    expect(claimAt(text, '2025-06-15', 'six weeks into')).toMatchObject({
      fact: 'event.galwan-clash',
      verdict: 'consistent',
    });
  });
  it('"six weeks into" is no duration of the standoff', () => {
    expect(claimAt(text, '2025-06-15', 'about six weeks')?.fact).not.toBe('event.lac-standoff-2020');
  });
  it('counts from the first day of a longer event, not its last', () => {
    const yatra: DateInterval = { start: 20_000, end: 20_020, precision: 'range' };
    const into = applyOffset(yatra, {
      amount: 3,
      unit: 'week',
      direction: 1,
      granularity: 'week',
      fromStart: true,
    });
    expect(into.start <= 20_021 && 20_021 <= into.end).toBe(true);
    const after = applyOffset(yatra, { amount: 3, unit: 'week', direction: 1, granularity: 'week' });
    expect(after.start <= 20_041 && 20_041 <= after.end).toBe(true);
  });
});

describe('pointing words that may stand for several recent events: the one the gap agrees with', () => {
  const text =
    'Indian and Chinese soldiers fought with clubs and stones in the Galwan Valley on the night of June 15, ' +
    '2020, and twenty Indian soldiers were killed. The violence came roughly six weeks after the standoff in ' +
    'eastern Ladakh began, when troops brawled on the banks of Pangong Tso.';
  it('"The violence came six weeks after the standoff began" agrees with the clash told before', () => {
    expect(claimAt(text, '2025-06-15', 'six weeks after')).toMatchObject({
      fact: 'event.galwan-clash',
      verdict: 'consistent',
    });
  });
  it('a gap that agrees with none of them says nothing', () => {
    expect(claimAt(text.replace('six weeks', 'six months'), '2025-06-15', 'six months after')).toBeNull();
  });
});
