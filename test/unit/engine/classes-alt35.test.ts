/**
 * ADR 0149: altered single dates. Sentences written for the rules (not from the eval corpus or the
 * stress sets); each `differs` fails with its rule off.
 */
import { describe, expect, it } from 'vitest';
import { annotationsOn, claimAt } from './claims-of';

/** The parameters of the claim's reason `code` at `quote`. */
const paramsOf = (text: string, published: string, quote: string, code: string) =>
  annotationsOn(text, quote, published)
    .find((a) => a.kind === 'claim')
    ?.reasons.find((r) => r.code === code)?.params;

describe('a dateline the lead’s weekday does not count back from (rule 2)', () => {
  const lead = (line: string) =>
    `${line} -- Narendra Modi and Xi Jinping held talks on Sunday on the sidelines of the SCO gathering, officials said.`;
  it('a dateline before the weekday’s event is wrong', () => {
    const text = lead('TIANJIN, Aug. 27');
    const claim = claimAt(text, '2025-09-01', 'Aug. 27');
    expect(claim).toMatchObject({ fact: 'event.tianjin-modi-xi-meeting', verdict: 'differs' });
    // The explanation says why: the weekday counted back from the dateline, not the dateline as the event's day.
    expect(claim?.reasons).not.toContain('dates-apart');
    expect(paramsOf(text, '2025-09-01', 'Aug. 27', 'dateline-weekday')).toEqual({
      dateline: '27 Aug 2025',
      weekday: 'on Sunday',
      counted: '24 Aug 2025',
      record: '31 Aug 2025',
    });
  });
  it('a dateline from which the weekday reaches the record says nothing', () => {
    const text = lead('TIANJIN, Aug. 31');
    expect(claimAt(text, '2025-09-01', 'Aug. 31')).toBeNull();
    expect(claimAt(text, '2025-09-01', 'on Sunday')).toMatchObject({
      fact: 'event.tianjin-modi-xi-meeting',
      verdict: 'consistent',
    });
    expect(claimAt(lead('TIANJIN, Sept. 1'), '2025-09-01', 'Sept. 1')).toBeNull();
  });
  it('a dateline days after publication is wrong', () => {
    const text =
      'KAZAN, Russia, Oct. 26 -- Narendra Modi and Xi Jinping held their first formal bilateral talks in five years on Wednesday.';
    const claim = claimAt(text, '2024-10-23', 'Oct. 26');
    expect(claim).toMatchObject({ fact: 'event.kazan-modi-xi-meeting', verdict: 'differs' });
    expect(paramsOf(text, '2024-10-23', 'Oct. 26', 'dateline-after-publication')).toEqual({
      dateline: '26 Oct 2024',
      published: '23 Oct 2024',
    });
    expect(claimAt(text.replace('Oct. 26', 'Oct. 24'), '2024-10-23', 'Oct. 24')).toBeNull();
  });
  it('a weekday still ahead is not counted back', () => {
    const text =
      'TIANJIN, Aug. 27 -- Narendra Modi will hold talks with Xi Jinping on Sunday on the sidelines of the SCO gathering.';
    expect(claimAt(text, '2025-08-27', 'Aug. 27')).toBeNull();
  });
});

describe('an act verb whose object holds the event’s keywords before the date (rule 1)', () => {
  it('a wrong month closing "barred urea exports" is wrong', () => {
    const text = 'Beijing barred urea exports in March last year. It relaxed that ban this June.';
    expect(claimAt(text, '2025-10-20', 'March last year')).toMatchObject({
      fact: 'event.china-urea-export-ban-2024',
      verdict: 'differs',
    });
    expect(claimAt(text.replace('March', 'June'), '2025-10-20', 'June last year')).toMatchObject({
      fact: 'event.china-urea-export-ban-2024',
      verdict: 'consistent',
    });
  });
  it('a predicate between the object and the date leaves the date to it', () => {
    const text =
      'Beijing barred urea exports, which traders said resumed in March last year. It relaxed that ban this June.';
    expect(claimAt(text, '2025-10-20', 'March last year')?.verdict ?? null).not.toBe('differs');
  });
});
