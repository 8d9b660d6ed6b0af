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

// Session 23 (ADR 0067): wrong dates tied by the sentence's structure, not by their agreeing with
// the record; each positive test fails without its rule, the correct versions stay consistent.

describe('a verb of occurrence dates its subject (occurrence-subject.ts)', () => {
  const SUMMIT = 'Modi will be in Tianjin next week, his first visit to China in seven years.';
  it('"The two-day summit runs from …": the summit found by its words, its days wrong', () => {
    const text = `${SUMMIT} The two-day summit runs from Sept. 3 to Sept. 4.`;
    expect(claimAt(text, '2025-08-28', 'Sept. 3')).toMatchObject({
      verdict: 'differs',
      fact: 'event.sco-summit-tianjin-2025',
    });
  });
  it('the right days stay consistent', () => {
    const text = `${SUMMIT} The two-day summit runs from Aug. 31 to Sept. 1.`;
    expect(claimAt(text, '2025-08-28', 'Aug. 31')?.verdict).toBe('consistent');
  });
  const PATROL = 'Indian troops resumed patrolling in Depsang this week.';
  it('"The patrol took place on Wednesday": the weekday before the patrols resumed', () => {
    const text = `${PATROL} The patrol took place on Wednesday, army officials said.`;
    expect(claimAt(text, '2024-11-05', 'Wednesday')).toMatchObject({
      verdict: 'differs',
      fact: 'event.depsang-demchok-patrols-resumed',
    });
  });
  it('a subject marking another instance ("the first patrol") is not the record’s', () => {
    const text = `${PATROL} The first patrol took place on Wednesday, army officials said.`;
    expect(claimAt(text, '2024-11-05', 'Wednesday')?.verdict ?? null).not.toBe('differs');
  });
  it('"the previous summit was held …" is no claim against this summit', () => {
    const text = `${SUMMIT} The previous summit was held in Astana on July 4.`;
    expect(claimAt(text, '2025-08-28', 'July 4')?.verdict ?? null).not.toBe('differs');
  });
});

describe('a cue split into another part that dates it is that part’s (segment-date.ts)', () => {
  const OCTOBER = "China's Commerce Ministry unveiled new export controls on rare earths on Oct. 9.";
  it('"Most provisions were set to kick in Nov. 20, with the extraterritorial rules following Dec. 1"', () => {
    const text = `${OCTOBER} Most provisions were set to kick in Nov. 20, with the extraterritorial rules following Dec. 1.`;
    expect(claimAt(text, '2025-10-27', 'Nov. 20')).toMatchObject({
      verdict: 'differs',
      fact: 'event.mofcom-october-2025-controls-effective',
    });
    expect(claimAt(text, '2025-10-27', 'Dec. 1')?.verdict).toBe('consistent');
  });
  it('"due to take effect on Nov. 20, with the extraterritorial provisions following on Dec. 1"', () => {
    const text = `${OCTOBER} Most of the rules were due to take effect on Nov. 20, with the extraterritorial provisions following on Dec. 1.`;
    expect(claimAt(text, '2025-10-27', 'Nov. 20')).toMatchObject({
      verdict: 'differs',
      fact: 'event.mofcom-october-2025-controls-effective',
    });
  });
  it('the right day stays consistent', () => {
    const text = `${OCTOBER} Most provisions were set to kick in Nov. 8, with the extraterritorial rules following Dec. 1.`;
    expect(claimAt(text, '2025-10-27', 'Nov. 8')).toMatchObject({
      verdict: 'consistent',
      fact: 'event.mofcom-october-2025-controls-effective',
    });
  });
});
