/**
 * Session 21's real-error rules (issue #7, ADR 0058), each with sentences written for the rule
 * (not from the eval corpus), each checked to fail without it.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

describe('a world word before a figure makes it the world total, not one country’s part', () => {
  const say = (figure: string) =>
    `China dominates the trade. Worldwide rare-earth mine production was roughly ${figure} in 2024, the survey estimated, and China’s share of it was large.`;
  it('a wrong world total differs from the world record', () => {
    expect(claimAt(say('300,000 tonnes'), '2025-06-01', '300,000 tonnes')).toMatchObject({
      fact: 'quantity.world-rare-earth-mine-production-2024',
      verdict: 'differs',
    });
    expect(claimAt(say('390,000 tonnes'), '2025-06-01', '390,000 tonnes')).toMatchObject({
      fact: 'quantity.world-rare-earth-mine-production-2024',
      verdict: 'consistent',
    });
  });
  it('the country named before the figure keeps it the country’s: the measure stays unclear', () => {
    const text = 'Beijing’s rare-earth output of about 300,000 tonnes in 2024 was most of the global total.';
    expect(claimAt(text, '2025-06-01', '300,000 tonnes')?.verdict).not.toBe('differs');
  });
});

describe('a gap cued wholly in its own clause outweighs one whose cue reaches into another clause', () => {
  const say = (gap: string) =>
    `New Delhi reopened tourist visas for Chinese travellers in July, and Indian pilgrims went back to Kailash in June after a ${gap} suspension.`;
  it('the pilgrimage’s gap is checked, not the visas’', () => {
    expect(claimAt(say('three-year'), '2025-10-01', 'three-year')).toMatchObject({
      fact: 'quantity.kailash-yatra-gap-years',
      verdict: 'differs',
    });
    expect(claimAt(say('five-year'), '2025-10-01', 'five-year')).toMatchObject({
      fact: 'quantity.kailash-yatra-gap-years',
      verdict: 'consistent',
    });
  });
});

describe('a later clause dated by its own sequence word is no rival for the first clause’s date', () => {
  const say = (when: string) =>
    `Disengagement at Depsang and Demchok was finished ${when}, and coordinated patrolling has since restarted in both sectors.`;
  it('a wrong month of the pullback differs; the right one agrees', () => {
    expect(claimAt(say('in mid-November'), '2024-12-20', 'mid-November')).toMatchObject({
      fact: 'event.depsang-demchok-disengagement',
      verdict: 'differs',
    });
    expect(claimAt(say('in late October'), '2024-12-20', 'late October')).toMatchObject({
      fact: 'event.depsang-demchok-disengagement',
      verdict: 'consistent',
    });
  });
  it('without a sequence word the later clause’s event stays a rival', () => {
    const text =
      'Disengagement at Depsang and Demchok was finished in mid-November, and coordinated patrolling restarted in both sectors.';
    expect(claimAt(text, '2024-12-20', 'mid-November')?.verdict).not.toBe('differs');
  });
});

describe('an event the sentence dates in its own clause is no rival for a date two clauses on', () => {
  const say = (month: string) =>
    `Delhi pressed the point all year, with Vice Foreign Minister Sun Weidong when he came in mid-June, and later with Foreign Minister Wang Yi during his New Delhi visit in ${month}, when he promised help on rare earths.`;
  it('a wrong month of Wang Yi’s visit differs; the right one agrees', () => {
    expect(claimAt(say('June'), '2025-10-31', 'in June')).toMatchObject({
      fact: 'event.wang-yi-india-visit-aug-2025',
      verdict: 'differs',
    });
    expect(claimAt(say('August'), '2025-10-31', 'in August')).toMatchObject({
      fact: 'event.wang-yi-india-visit-aug-2025',
      verdict: 'consistent',
    });
  });
  it('a date of the same day as the other clause’s leaves it open', () => {
    const text =
      'A week ago today, Modi and Xi met in Kazan; today, army sources said Depsang and Demchok disengagement was complete.';
    expect(claimAt(text, '2024-10-30', 'today')?.verdict).not.toBe('differs');
  });
});

describe('a bare year beside a wrong month does not give the record’s date', () => {
  it('"this year — … during his visit in June" differs', () => {
    const text =
      'India raised the issue at each meeting with China this year — most pointedly with Foreign Minister Wang Yi during his New Delhi visit in June.';
    expect(claimAt(text, '2025-10-31', 'in June')).toMatchObject({
      fact: 'event.wang-yi-india-visit-aug-2025',
      verdict: 'differs',
    });
  });
});

describe('an open count: "N more / other … still awaiting" is the remainder, not an increment', () => {
  const say = (n: string) =>
    `A few Indian firms have won licences for rare-earth magnets, and ${n} more applications are still waiting for clearance.`;
  it('ten times the pending applications differs; the record agrees', () => {
    expect(claimAt(say('300'), '2025-11-01', '300')).toMatchObject({
      fact: 'quantity.rare-earth-licence-applications-pending',
      verdict: 'differs',
    });
    expect(claimAt(say('about 30'), '2025-11-01', '30')?.verdict).toBe('consistent');
  });
  it('a capital standing for its government is not someone else', () => {
    const text =
      'A few Indian firms have won licences for rare-earth magnets, and about 300 other Indian applications are still waiting for clearance in Beijing.';
    expect(claimAt(text, '2025-11-01', '300')?.verdict).toBe('differs');
  });
  it('"more" with a verb of adding stays an increment', () => {
    const text =
      'A few Indian firms have won licences for rare-earth magnets, and 300 more applications were lodged this month.';
    expect(claimAt(text, '2025-11-01', '300')).toBeNull();
  });
});
