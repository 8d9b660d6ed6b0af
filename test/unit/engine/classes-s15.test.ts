/**
 * Session 15's engine rules (issue #7, ADR 0051), each with sentences written for the rule (not
 * from the eval corpus or the stress sets), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

describe('a participle relative after a preposition dates the noun it follows, when that noun names a fact', () => {
  const text =
    'Traders were unsure how to square the notice with a White House fact sheet published on Nov. 4, which said Beijing would grant general licences for rare earths, gallium and graphite exports.';
  it('the fact sheet’s own day is checked against the fact sheet, not the export controls the sentence goes on about', () => {
    const c = claimAt(text, '2025-11-10', 'Nov. 4');
    expect(c?.fact).toBe('event.white-house-general-licences-claim');
    expect(c?.verdict).toBe('differs');
  });
  it('the record’s own day agrees', () => {
    const c = claimAt(text.replace('Nov. 4', 'Nov. 1'), '2025-11-10', 'Nov. 1');
    expect(c?.fact).toBe('event.white-house-general-licences-claim');
    expect(c?.verdict).toBe('consistent');
  });
  it('a reporting date of another document that merely names the fact is not the fact’s', () => {
    expect(
      claimAt(
        'China’s commerce ministry notice today said nothing of the general licences the White House claimed on November 1.',
        '2025-11-07',
        'today',
      )?.verdict ?? null,
    ).not.toBe('differs');
  });
});

describe('a weekday set before a year-less calendar day is that day’s weekday when it fits', () => {
  it('"on Wednesday, Oct. 23" of a Wednesday: one day, checked once, not a Wednesday counted from publication', () => {
    const text = 'Modi and Xi met in Kazan on Wednesday, Oct. 23, on the sidelines of the BRICS summit.';
    expect(claimAt(text, '2024-11-05', 'on Wednesday')).toBeNull();
    expect(claimAt(text, '2024-11-05', 'Oct. 23')?.verdict).toBe('consistent');
  });
  it('a weekday that is not that day’s stays a claim of its own, and can be wrong', () => {
    const text = 'Modi and Xi met in Kazan on Friday, Oct. 23, on the sidelines of the BRICS summit.';
    expect(claimAt(text, '2024-11-05', 'on Friday')?.verdict).toBe('differs');
  });
});

describe('a figure the sentence itself judges against another figure is context', () => {
  it('"X’s estimate of N understates the USGS figure of M"', () => {
    const text =
      'A think-tank’s estimate of 200,000 tonnes for China’s 2024 rare-earth mine output understates the USGS figure of 270,000.';
    expect(claimAt(text, '2025-06-01', '200,000 tonnes')?.verdict).toBe('context');
  });
  it('the same figure asserted is still wrong', () => {
    const text = 'A think-tank put China’s 2024 rare-earth mine output at 200,000 tonnes.';
    expect(claimAt(text, '2025-06-01', '200,000 tonnes')?.verdict).toBe('differs');
  });
});

describe('a reporting date before an expectation is the speaker’s, not the measure’s', () => {
  it('"said on Monday that he expects China to put off its controls"', () => {
    const text =
      'Treasury Secretary Scott Bessent said on Monday that he expects China to put off its new rare-earth export controls for a year.';
    expect(claimAt(text, '2025-10-28', 'on Monday')?.verdict ?? null).not.toBe('differs');
  });
});

describe('a relative clause on "the controls" after "a suspension of" dates the controls, not the suspension', () => {
  it('"a one-year pause of the controls …, which had been set to start on November 8"', () => {
    const text =
      'Meeting Trump in South Korea, Xi agreed to a one-year pause of the controls announced on October 9, which had been set to start on November 8.';
    const c = claimAt(text, '2025-11-02', 'November 8');
    expect(c?.verdict ?? null).not.toBe('differs');
  });
});

describe('a future main verb ends the relative clause before it', () => {
  it('"the curbs it unveiled in October last year will run out on Nov. 10 next year": the main clause’s date, checked', () => {
    const text =
      'Beijing’s pause of the export curbs it unveiled in October last year will run out on Nov. 10 next year.';
    expect(claimAt(text, '2026-05-15', 'Nov. 10 next year')?.verdict).toBe('differs');
  });
});

describe('"in China for the first time in N years": the gap between visits, not between meetings', () => {
  it('a visit’s gap is not checked against the leaders’ meeting gap', () => {
    const text =
      'TIANJIN — Narendra Modi, in China for the first time in over seven years, met Xi Jinping on Sunday at the SCO summit.';
    expect(claimAt(text, '2025-08-31', 'seven years')?.verdict ?? null).not.toBe('differs');
  });
  it('"met in Beijing in December for the first time in five years" is still the meeting’s gap', () => {
    const text = 'The Special Representatives met in Beijing in December for the first time in five years.';
    expect(claimAt(text, '2025-01-10', 'five years')?.verdict).toBe('consistent');
  });
});

describe('keywords of another part of a list, which gives its own date, do not own this one', () => {
  it('"Air links restarted on October 26, licences … were confirmed four days later"', () => {
    const text =
      'Air links restarted on October 26, magnet licences for several Indian companies were confirmed four days later, and Beijing paused its export curbs on November 7.';
    expect(claimAt(text, '2025-12-20', 'October 26')?.verdict ?? null).not.toBe('differs');
    expect(claimAt(text, '2025-12-20', 'four days later')?.verdict).toBe('consistent');
  });
  it('a date in apposition ("yesterday, December 1") restates the one before and keeps its owner', () => {
    const text =
      'Parts of Announcement No. 61 had been due to take effect yesterday, December 1, before Beijing suspended them.';
    expect(claimAt(text, '2025-12-02', 'December 1')?.verdict).toBe('consistent');
  });
});
