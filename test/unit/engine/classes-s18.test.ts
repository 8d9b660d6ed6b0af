/**
 * Session 18's engine rules (issue #7, ADR 0055), each with sentences written for the rule (not
 * from the eval corpus or the stress sets), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

describe('a notice verb dates its noun only when the fact is a notice (phase-reach.ts)', () => {
  it('"suspended tourist visas issued to Chinese citizens in March 2020": the issue’s date, not the resumption’s', () => {
    const text =
      'New Delhi suspended tourist visas issued to Chinese citizens in March 2020, citing the pandemic.';
    expect(claimAt(text, '2025-07-30', 'March 2020')?.verdict ?? null).not.toBe('differs');
  });
  it('the resumption’s own date is still checked', () => {
    const text = 'India resumed tourist visas for Chinese citizens in March 2020, officials said.';
    expect(claimAt(text, '2025-07-30', 'March 2020')?.verdict).toBe('differs');
  });
  it('an instrument is still dated by the notice verb after its name', () => {
    const text =
      'Beijing formally suspended the rare-earth export controls it announced on October 19 for one year.';
    expect(claimAt(text, '2025-11-10', 'October 19')?.verdict).toBe('differs');
  });
});

describe('a topic’s stand-in event lends no related fact a bound date (date-ties.ts relatedOwners)', () => {
  it('"the Special Representatives mechanism, dormant since late 2019": no other event’s date', () => {
    const text =
      'Analysts said the Special Representatives mechanism on the boundary question, dormant since late 2019, could now be revived.';
    expect(claimAt(text, '2024-11-06', 'late 2019')?.verdict ?? null).not.toBe('differs');
  });
});

describe('a simple-present verb of a schedule before a weekday speaks of the coming one (temporal-cues.ts)', () => {
  it('"… the SCO summit in Tianjin, which closes on Monday" on a Sunday: the next day', () => {
    const text = 'Modi held talks with Xi on Sunday at the SCO summit in Tianjin, which closes on Monday.';
    expect(claimAt(text, '2025-08-31', 'on Monday')?.verdict).toBe('consistent');
  });
  it('a past verb still reads the Monday before', () => {
    const text = 'Modi held talks with Xi at the SCO summit in Tianjin, which closed on Friday.';
    expect(claimAt(text, '2025-09-03', 'on Friday')?.verdict ?? null).not.toBe('consistent');
  });
});

describe('a date named as "the day" a measure was to apply is its start (date-owners.ts)', () => {
  it('"Saturday, November 8, was meant to be the day Beijing’s licences … kicked in": the scheduled start', () => {
    const text =
      "Saturday, November 8, was meant to be the day Beijing's licences for superhard materials and more rare earths kicked in; the rules were instead suspended a day earlier.";
    expect(claimAt(text, '2025-11-10', 'November 8')?.verdict).toBe('consistent');
  });
});

describe('an instrument is issued, not agreed: "agreed … in <date>" dates the agreement (phases.ts)', () => {
  it('"the pause agreed with Washington in late October" is not No. 70’s day', () => {
    const text =
      "China's suspended October controls stay on hold under the pause agreed with Washington in late October.";
    expect(claimAt(text, '2025-11-20', 'late October')?.verdict ?? null).not.toBe('differs');
  });
});

describe('a date in a reduced relative clause dates its own noun (date-owners.ts)', () => {
  it('"… on top of the seven elements restricted in April": not the new controls’ date', () => {
    const text =
      'The ministry on Thursday extended controls to holmium and erbium, on top of the seven elements restricted in April.';
    expect(claimAt(text, '2025-10-10', 'in April')?.verdict ?? null).not.toBe('differs');
  });
  it('with its own subject ("the seven elements Beijing first restricted in April"): not the new controls’ date', () => {
    const text =
      'Holmium and erbium now join the seven elements Beijing first restricted in April, under rules the ministry issued on Thursday.';
    expect(claimAt(text, '2025-10-10', 'in April')?.verdict ?? null).not.toBe('differs');
  });
  it('before the main verb ("the licences confirmed last week were granted under …"): not the controls’ date', () => {
    const text =
      'The new notice leaves in force the controls on seven rare earths under which the Indian licences confirmed last week were granted.';
    expect(claimAt(text, '2025-11-09', 'last week')?.verdict ?? null).not.toBe('differs');
  });
  it('a noun phrase of the fact’s own words is still dated ("the controls placed on … in April")', () => {
    const text =
      'Indian carmakers are still waiting on licences under the controls placed on seven rare earths in May.';
    expect(claimAt(text, '2025-07-10', 'in May')?.verdict).toBe('differs');
  });
});

describe('a notice posted on a platform is dated by its posting (temporal-cues.ts)', () => {
  it('"posted the notice on its official social media account on Tuesday": not the resumption’s day', () => {
    const text =
      'The Indian embassy posted the notice on its official social media account on Tuesday, saying Chinese citizens could apply for tourist visas again.';
    expect(claimAt(text, '2025-07-24', 'on Tuesday')?.verdict ?? null).not.toBe('differs');
  });
  it('the resumption’s own day is still checked', () => {
    const text = 'India resumed tourist visas for Chinese citizens on Tuesday, the embassy said.';
    expect(claimAt(text, '2025-07-24', 'on Tuesday')?.verdict).toBe('differs');
  });
});

describe('a relational word between a cue’s words and the date relates it to another event (ties.ts)', () => {
  it('"… curbs came after Washington announced its tariffs on April 2": not the curbs’ date', () => {
    const text = "Beijing's rare-earth curbs came after Washington announced its tariffs on April 2.";
    expect(claimAt(text, '2025-10-30', 'April 2')?.verdict ?? null).not.toBe('differs');
  });
  it('the curbs’ own date is still checked', () => {
    const text = "Beijing's rare-earth curbs were announced on April 2, days after Washington's tariffs.";
    expect(claimAt(text, '2025-10-30', 'April 2')?.verdict).toBe('differs');
  });
});

describe('a timeline entry’s date dates the clause after its dash (ties.ts clauseAt)', () => {
  it('"October 2021 — Beijing, in a PLA Daily report, admits that four of its soldiers died at Galwan": checked', () => {
    const text =
      'October 2021 — Beijing, in a PLA Daily report, admits that four of its soldiers died at Galwan.';
    expect(claimAt(text, '2025-06-15', 'October 2021')?.verdict).toBe('differs');
  });
  it('the right month agrees', () => {
    const text =
      'February 2021 — Beijing, in a PLA Daily report, admits that four of its soldiers died at Galwan.';
    expect(claimAt(text, '2025-06-15', 'February 2021')?.verdict).toBe('consistent');
  });
});
