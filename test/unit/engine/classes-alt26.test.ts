/**
 * Rules from the wrong dates the stress sets miss (issue #7, ADR 0089), each with sentences written
 * for the rule (not the stress text), each checked to fail without its rule; and correct sentences
 * that must stay not-`differs`.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const verdict = (text: string, published: string | null, quote: string) =>
  claimAt(text, published, quote)?.verdict ?? null;

describe('a brief event owns the day it ended', () => {
  it('“talks … ended on D” with a day before the talks is wrong', () => {
    expect(
      verdict(
        'The talks between Misri and Sun Weidong in Beijing ended on 24 January.',
        '2025-01-28',
        '24 January',
      ),
    ).toBe('differs');
  });
  it('“the visit, which ended on D” with a later day is wrong', () => {
    expect(
      verdict(
        "Wang Yi's visit to New Delhi, which ended on 25 August, reset ties.",
        '2025-09-01',
        '25 August',
      ),
    ).toBe('differs');
  });
  it('“ended on Thursday” as a weekday the same', () => {
    expect(
      verdict(
        'Jaishankar’s visit to China ended on Thursday, after talks with Wang Yi.',
        '2025-07-21',
        'on Thursday',
      ),
    ).toBe('differs');
  });
  it('the right closing day stays consistent', () => {
    expect(
      verdict(
        'The talks between Misri and Sun Weidong in Beijing ended on 27 January.',
        '2025-01-28',
        '27 January',
      ),
    ).toBe('consistent');
    expect(verdict("Wang Yi's visit to New Delhi ended on 19 August.", '2025-09-01', '19 August')).toBe(
      'consistent',
    );
    expect(
      verdict(
        'Jaishankar’s visit to China, which ended on Tuesday, was his first since 2019.',
        '2025-07-16',
        'on Tuesday',
      ),
    ).toBe('consistent');
  });
  it('not a state that lasts, a longer range, or a lifting', () => {
    expect(
      verdict('The eastern Ladakh standoff ended in October 2024.', '2025-01-01', 'October 2024'),
    ).not.toBe('differs');
    expect(
      verdict('The Kailash Mansarovar Yatra ended in late August.', '2025-09-10', 'late August'),
    ).not.toBe('differs');
  });
});

describe('a suspension’s end, the suspended notices named by number', () => {
  it('“suspended Announcement No. 61 … until D” with the wrong year is wrong', () => {
    expect(
      verdict(
        'Beijing has suspended Announcement No. 61 until 10 November 2027.',
        '2025-11-20',
        '10 November 2027',
      ),
    ).toBe('differs');
  });
  it('“a freeze of Announcement No. 57 that lasts until D” the same', () => {
    expect(
      verdict(
        'Exporters welcomed the freeze of Announcement No. 57, which lasts until November 10, 2027.',
        '2025-11-20',
        'November 10, 2027',
      ),
    ).toBe('differs');
  });
  it('the right end stays consistent, and the suspension’s own day is not its end', () => {
    expect(
      verdict(
        'Beijing has suspended Announcement No. 61 until 10 November 2026.',
        '2025-11-20',
        '10 November 2026',
      ),
    ).toBe('consistent');
    expect(
      verdict(
        'Announcement No. 58, which Beijing suspended on 7 November until 10 November 2026, would have applied from 8 November.',
        '2025-11-20',
        '7 November',
      ),
    ).not.toBe('differs');
  });
});
