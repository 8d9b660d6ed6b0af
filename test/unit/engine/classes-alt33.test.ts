/**
 * Scheduled starts beside an earlier instrument (ADR 0145, after ADR 0139): the April rules (No. 18,
 * whose start the record holds) named in the paragraph no longer keep a start frame's date open when
 * the date falls after the October package's issue; and ADR 0139's `differs` survives the
 * carried-start drop. Sentences written for the rule (not the corpus text); each `differs` test fails
 * without it.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const START = 'event.mofcom-october-2025-controls-effective'; // 8 Nov 2025
const PUBLISHED = '2025-10-20';
const measures = (date: string) =>
  `The commerce ministry said the measures released on Oct. 9 are not export bans. They cover holmium, superhard materials and lithium batteries, on top of the curbs on seven rare earths China introduced in April. Licensing requirements for most of the goods will apply from ${date}, the ministry said.`;
const shelved = (date: string) =>
  `Beijing agreed to shelve its newest rare-earth curbs for a year. The controls, unveiled Oct. 9, would have reached five more rare earths and some foreign-made goods. They were scheduled to start ${date}. The pause leaves in place the licensing China introduced in April.`;

describe('an earlier instrument named nearby no longer keeps a later start open', () => {
  it('the April curbs in the paragraph, a wrong start after the October issue: differs', () => {
    expect(claimAt(measures('Nov. 26'), PUBLISHED, 'Nov. 26')).toMatchObject({
      fact: START,
      verdict: 'differs',
    });
  });
  it('"They were scheduled to start …" with the April licensing after it: differs', () => {
    expect(claimAt(shelved('Dec. 3'), PUBLISHED, 'Dec. 3')).toMatchObject({
      fact: START,
      verdict: 'differs',
    });
  });
  it('the right start stays consistent', () => {
    expect(claimAt(shelved('Nov. 8'), PUBLISHED, 'Nov. 8')).toMatchObject({
      fact: START,
      verdict: 'consistent',
    });
  });
});

describe('what the rule still leaves alone', () => {
  it('a start before the October issue beside the April curbs stays open', () => {
    const text = measures('Sept. 15, 2025').replace('will apply', 'applied');
    expect(claimAt(text, PUBLISHED, 'Sept. 15')?.verdict).not.toBe('differs');
  });
});
