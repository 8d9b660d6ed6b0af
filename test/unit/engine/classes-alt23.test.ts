/**
 * Round 23 rules for altered absolute dates (ADR 0042, round 23). Sentences written for the rules
 * (not from the eval corpus), each checked to fail without its rule, and sentences they must not
 * call wrong.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const verdictAt = (text: string, published: string, quote: string) =>
  claimAt(text, published, quote)?.verdict ?? null;

// Announcement No. 70 (7 Nov 2025) suspended the October 2025 controls until 10 November 2026.
const SUSPENDED_PUBLISHED = '2025-11-20';
const SUSPENSION_ENDS = 'event.mofcom-october-2025-controls-suspension-ends';

describe('the end of a suspension: "suspending", "on hold", and the notices suspended (fact base 1.2.22)', () => {
  it('"a notice suspending … until May 10, 2026": the suspension\'s end differs', () => {
    const t =
      'Beijing published a notice on Friday suspending the implementation of the export control measures it had released on Oct. 9, until May 10, 2026.';
    expect(claimAt(t, SUSPENDED_PUBLISHED, 'May 10, 2026')).toMatchObject({
      fact: SUSPENSION_ENDS,
      verdict: 'differs',
    });
  });
  it('"… remain on hold until May 10, 2026": the suspension\'s end differs', () => {
    for (const t of [
      'The rare-earth controls Beijing unveiled in October remain on hold until May 10, 2026.',
      "Under the truce, China's rare-earth curbs are on hold until May 10, 2026.",
    ])
      expect(claimAt(t, SUSPENDED_PUBLISHED, 'May 10, 2026')).toMatchObject({
        fact: SUSPENSION_ENDS,
        verdict: 'differs',
      });
  });
  it('"The suspension of the six notices runs until …": the notices are the controls suspended', () => {
    for (const t of [
      'The suspension of the six notices runs until Nov. 10, 2027, officials in Beijing said.',
      'Beijing later suspended the six announcements until Nov. 10, 2027.',
    ])
      expect(claimAt(t, SUSPENDED_PUBLISHED, 'Nov. 10, 2027')).toMatchObject({
        fact: SUSPENSION_ENDS,
        verdict: 'differs',
      });
  });
  it('the right day stays consistent', () => {
    for (const t of [
      'Beijing published a notice on Friday suspending the implementation of the export control measures it had released on Oct. 9, until Nov. 10, 2026.',
      "Under the truce, China's rare-earth curbs are on hold until Nov. 10, 2026.",
      'The suspension of the six notices runs until Nov. 10, 2026, officials in Beijing said.',
    ])
      expect(verdictAt(t, SUSPENDED_PUBLISHED, 'Nov. 10, 2026')).toBe('consistent');
  });
  it('another suspension beside the October package is not its end ("package" is no word of the cue)', () => {
    const t =
      'Tungsten was outside the Oct. 9 package, yet China separately suspended, until Dec. 1, 2026, an older ban on its sale to the United States.';
    expect(verdictAt(t, SUSPENDED_PUBLISHED, 'Dec. 1, 2026')).not.toBe('differs');
  });
});
