/**
 * Round 21's rules for relative dates and anchored gaps (issue #7, ADR 0045 round 21), each with
 * sentences written for the rule (not from the eval corpus or the stress sets), each checked to
 * fail without it.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

describe('a gap counted from an announcement the fact base records', () => {
  const told =
    'India said on Oct. 21 that an agreement on patrolling along the Line of Actual Control had been ' +
    'reached, announced by Foreign Secretary Vikram Misri on Oct. 21. Troops began to pull back.\n\n' +
    'Five days after that announcement, Narendra Modi and Xi Jinping met in Kazan.';
  it('a wrong gap between the recorded announcement and a named event is wrong', () => {
    expect(claimAt(told, '2024-11-02', 'Five days after')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'differs',
    });
    expect(claimAt(told.replace('Five days', 'Two days'), '2024-11-02', 'Two days after')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'consistent',
    });
  });
  it('an announcement no recorded event is named in stays a reading: only agreement is said', () => {
    const text =
      'Officials in New Delhi announced on Oct. 21 that herders could return to the pastures. ' +
      'Troops began to pull back.\n\n' +
      'Five days after that announcement, Narendra Modi and Xi Jinping met in Kazan.';
    expect(claimAt(text, '2024-11-02', 'Five days after')).toBeNull();
  });
  it('a subject only pointed back to is not called wrong', () => {
    const text = told.replace(
      'Five days after that announcement, Narendra Modi and Xi Jinping met in Kazan.',
      'Modi and Xi met in Kazan. Five days after that announcement, it was hailed as a turning point.',
    );
    expect(claimAt(text, '2024-11-02', 'Five days after')?.verdict ?? null).not.toBe('differs');
  });
});

describe('a length in the main clause after a fronted gap dates nothing', () => {
  it('"… met in Kazan, their first formal talks in five years" is still dated by the gap', () => {
    const text =
      'Five days after the LAC patrolling agreement, Narendra Modi and Xi Jinping met in Kazan, their ' +
      'first formal talks in five years.';
    expect(claimAt(text, '2024-11-02', 'Five days after')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'differs',
    });
  });
  it('a date of its own in the main clause still dates it', () => {
    const text =
      'Five days after the LAC patrolling agreement, Narendra Modi and Xi Jinping met in Kazan on ' +
      'Oct. 23, their first formal talks in five years.';
    expect(claimAt(text, '2024-11-02', 'Five days after')?.verdict ?? null).not.toBe('differs');
  });
});
