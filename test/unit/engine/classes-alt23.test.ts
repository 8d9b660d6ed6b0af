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

// The October 2025 package: most measures due on 8 Nov 2025, parts of No. 61 (abroad) on 1 Dec 2025.
const PACKAGE_PUBLISHED = '2025-10-20';
const PACKAGE = "China's commerce ministry announced new rare-earth export controls on Oct. 9. ";
const MOST_EFFECTIVE = 'event.mofcom-october-2025-controls-effective';
const ABROAD_EFFECTIVE = 'event.mofcom-announcement-61-effective';

describe("two parts of one package, each with its own day: a cue split into the other part is not this date's", () => {
  it('"Most of the curbs … on Dec. 8, with rules on foreign-made goods following on Dec. 1": the main day differs', () => {
    const t = `${PACKAGE}Most of the curbs are due to take effect on Dec. 8, with rules on foreign-made goods following on Dec. 1.`;
    expect(claimAt(t, PACKAGE_PUBLISHED, 'Dec. 8')).toMatchObject({
      fact: MOST_EFFECTIVE,
      verdict: 'differs',
    });
    expect(claimAt(t, PACKAGE_PUBLISHED, 'Dec. 1')).toMatchObject({
      fact: ABROAD_EFFECTIVE,
      verdict: 'consistent',
    });
  });
  it('"… on Nov. 18, with rules on foreign-made goods following on Dec. 1": no rival left, differs', () => {
    const t = `${PACKAGE}Most of the measures were due to take effect on Nov. 18, with rules on foreign-made goods set to follow on Dec. 1.`;
    expect(claimAt(t, PACKAGE_PUBLISHED, 'Nov. 18')).toMatchObject({
      fact: MOST_EFFECTIVE,
      verdict: 'differs',
    });
  });
  it('the right days stay consistent', () => {
    const t = `${PACKAGE}Most of the curbs are due to take effect on Nov. 8, with rules on foreign-made goods following on Dec. 1.`;
    expect(verdictAt(t, PACKAGE_PUBLISHED, 'Nov. 8')).toBe('consistent');
    expect(verdictAt(t, PACKAGE_PUBLISHED, 'Dec. 1')).toBe('consistent');
  });
});

describe('"certain provisions", not any "provisions", cue the abroad rule\'s day (fact base 1.2.22)', () => {
  it('"… while certain provisions concerning goods produced abroad were to apply from Jan. 1": differs', () => {
    const t = `${PACKAGE}Most of the curbs were set to come into force on Nov. 8, while certain provisions concerning goods produced abroad were to apply from Jan. 1.`;
    expect(claimAt(t, PACKAGE_PUBLISHED, 'Jan. 1')).toMatchObject({
      fact: ABROAD_EFFECTIVE,
      verdict: 'differs',
    });
    expect(verdictAt(t, PACKAGE_PUBLISHED, 'Nov. 8')).toBe('consistent');
  });
});
