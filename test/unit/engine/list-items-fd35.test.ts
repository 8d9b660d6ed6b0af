/**
 * ADR 0142 (stress fd26's three false differs): a name's possessive as a month's determiner, a
 * verb an item shares with another item's cue under a subject of its own, and a date that names
 * which measures an act was done to. Sentences written for these tests, each checked to fail
 * without its rule; each rule also comes with a real error it must still catch.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const not = (text: string, published: string | null, quote: string) =>
  expect(claimAt(text, published, quote)?.verdict ?? null).not.toBe('differs');

describe("a name's possessive is a month's determiner (\"Wang Yi's August trip\")", () => {
  it('the month dates its own list item, so a date in another item is not called wrong for it', () => {
    const text =
      "The January 2025 round in Beijing, the June meeting in New Delhi and Wang Yi's August trip all came before the licences.";
    not(text, '2026-02-01', 'January 2025');
    expect(claimAt(text, '2026-02-01', 'August')).toMatchObject({
      fact: 'event.wang-yi-india-visit-aug-2025',
      verdict: 'consistent',
    });
  });
  it('a gap counted from that month is checked, and a wrong one is wrong', () => {
    const text = (gap: string) =>
      `Wang Yi's August trip was followed ${gap} by Modi's meeting with Xi in Tianjin.`;
    expect(claimAt(text('a month later'), '2026-02-01', 'a month later')).toMatchObject({
      fact: 'event.tianjin-modi-xi-meeting',
      verdict: 'differs',
    });
    expect(claimAt(text('a fortnight later'), '2026-02-01', 'a fortnight later')?.verdict).toBe('consistent');
  });
});

describe('a verb shared with another item’s cue is said of its own item’s subject', () => {
  const text = (who: string) =>
    `Jaishankar flew into Beijing in July, Wang Yi landed in New Delhi in August, and ${who} travelled to Tianjin at the end of that month.`;
  it('another subject: the date is not the first item’s visit', () => {
    not(text('Modi'), '2026-02-01', 'the end of that month');
  });
  it('the cue’s own name as subject: the date is still that visit’s, and wrong', () => {
    expect(claimAt(text('Jaishankar'), '2026-02-01', 'the end of that month')).toMatchObject({
      fact: 'event.jaishankar-china-visit-jul-2025',
      verdict: 'differs',
    });
  });
  it('a cue named in the date’s item keeps its wrong day', () => {
    expect(
      claimAt(
        'Wang Yi welcomed Jaishankar to Beijing on Thursday, ahead of a session of SCO foreign ministers in Tianjin on Tuesday.',
        '2025-07-16',
        'on Thursday',
      ),
    ).toMatchObject({ fact: 'event.jaishankar-china-visit-jul-2025', verdict: 'differs' });
  });
});

describe('a date that modifies a measure noun is the measures’, not the act done to them', () => {
  it('"the October 2025 measures stay suspended": not the suspension’s date', () => {
    not(
      'Exporters still need licences under the April 2025 rare-earth rules, and the October 2025 measures stay suspended until Nov. 10, 2026.',
      '2026-02-01',
      'October 2025',
    );
  });
  it('the act’s own date, outside the phrase, is still checked', () => {
    const text =
      'China suspended the October 2025 measures on rare earths in December 2025, until Nov. 10, 2026.';
    not(text, '2026-02-01', 'October 2025');
    expect(claimAt(text, '2026-02-01', 'December 2025')).toMatchObject({
      fact: 'instrument.mofcom-announcement-70-2025',
      verdict: 'differs',
    });
  });
});
