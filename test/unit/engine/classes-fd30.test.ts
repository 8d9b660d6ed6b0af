/**
 * Session 26's fd30 rule (ADR 0103), with sentences written for the rule (not from the eval corpus
 * or the stress sets), checked to fail without it.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const ENDS = 'event.mofcom-october-2025-controls-suspension-ends';
const PARAGRAPH = 'Beijing suspended the October rare-earth export controls a day before they were due.';

describe('a date told after a change of schedule is the new schedule (rescheduled.ts)', () => {
  it('"now due to kick in on", "now set to take effect on", "delayed by a year, to": the suspension’s end', () => {
    for (const [text, quote] of [
      [`${PARAGRAPH} The measures are now set to take effect on Nov. 10, 2026.`, 'Nov. 10, 2026'],
      [`${PARAGRAPH} The rules are now due to kick in on 10 November 2026.`, '10 November 2026'],
      [`${PARAGRAPH} The curbs now take effect on Nov. 10, 2026.`, 'Nov. 10, 2026'],
      ['The October rare-earth curbs have been delayed by a year, to November 2026.', 'November 2026'],
    ] as const) {
      const c = claimAt(text, '2025-11-12', quote);
      expect(c, text).not.toBeNull();
      expect(c?.fact, text).toBe(ENDS);
      expect(c?.verdict, text).toBe('consistent');
    }
  });
  it('a wrong new schedule differs from the suspension’s end, not from the original start', () => {
    const text = `${PARAGRAPH} The rules are now due to kick in on Dec. 1, 2026.`;
    const c = claimAt(text, '2025-11-12', 'Dec. 1, 2026');
    expect(c?.fact).toBe(ENDS);
    expect(c?.verdict).toBe('differs');
  });
  it('written after the new schedule ran out (the record may not know a later one): no differs', () => {
    const text = `${PARAGRAPH} The rules are now due to kick in on Dec. 1, 2027.`;
    expect(claimAt(text, '2026-12-01', 'Dec. 1, 2027')?.verdict).not.toBe('differs');
  });
  it('"postponed from November to December 2026": the old and the new schedule, no span; no claim', () => {
    const text = 'The October rare-earth controls were postponed from November to December 2026.';
    expect(claimAt(text, '2025-11-20', 'December 2026')).toBeNull();
  });
  it('the day of the act ("paused … on Nov. 9") is still compared with the act', () => {
    const text = 'MOFCOM paused the October rare-earth controls on Nov. 9.';
    expect(claimAt(text, '2025-11-20', 'Nov. 9')?.verdict).toBe('differs');
  });
  it('an event held after being put off keeps its recorded day', () => {
    const c = claimAt(
      'The 23rd round of Special Representatives talks was pushed back and held on Dec. 20, 2024.',
      '2025-01-10',
      'Dec. 20, 2024',
    );
    expect(c?.verdict).toBe('differs');
  });
});
