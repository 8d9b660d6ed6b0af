/**
 * Session 27's fd31 rules (ADR 0113), with sentences written for the rules from the dossier (not
 * from the eval corpus or the stress sets), each checked to give a false `differs` without its rule.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, claims } from './claims-of';

const noDiffers = (text: string, published: string) =>
  expect(
    claims(text, published).filter((c) => c.verdict === 'differs'),
    text,
  ).toEqual([]);

describe('"a week ago today" is one date, not "a week ago" and "today"', () => {
  it('the day a week back agrees; "today" makes no second claim', () => {
    const text = 'A week ago today, China closed its fertiliser export window to every market.';
    noDiffers(text, '2025-10-22');
    expect(claims(text, '2025-10-22').some((c) => c.quote === 'today')).toBe(false);
    noDiffers(
      'A week ago yesterday, Beijing suspended the October export controls under Announcement No. 70.',
      '2025-11-15',
    );
  });
  it('a week that misses the record still differs', () => {
    const text = 'A week ago today, Trump and Xi met in Busan.';
    expect(claimAt(text, '2025-11-10', 'A week ago')?.verdict).toBe('differs');
  });
});

describe('"the same day" after an offset whose reference closes its own clause (offset-reference.ts)', () => {
  it('the reference’s day is not the only day "the same day" may mean', () => {
    noDiffers(
      'Why now? The licences come three weeks after Beijing unveiled a new layer of controls on 9 October, and on the same day Xi met Trump in South Korea.',
      '2025-10-30',
    );
    noDiffers(
      "Jaiswal's confirmation came three weeks after MOFCOM published Announcement No. 61 on 9 October, and on the same day Trump sat down with Xi in Busan.",
      '2025-10-30',
    );
  });
  it('without the offset, the day before is the anchor and a wrong "same day" differs', () => {
    const text =
      'China unveiled six export-control announcements on 9 October, and on the same day Trump met Xi in Busan.';
    expect(claimAt(text, '2025-10-30', 'the same day')?.verdict).toBe('differs');
  });
});

describe('a percentage followed by "less/lower/fewer than" is a change, not a share (figure-owners.ts)', () => {
  it('"56% less than a year earlier" is not China’s share of magnet making', () => {
    noDiffers(
      'India imported 16,281 tonnes of permanent magnets in April–September, 56% less than a year earlier, as Chinese licensing slowed supplies.',
      '2025-11-25',
    );
    noDiffers(
      'India imported 16,281 tonnes of permanent magnets in April–September, 56% lower than a year earlier, as Chinese curbs slowed supplies.',
      '2025-11-25',
    );
  });
  it('a share stated wrongly still differs', () => {
    expect(
      claimAt("China makes about 56% of the world's permanent magnets.", '2025-11-25', '56%')?.verdict,
    ).toBe('differs');
  });
});

describe('a figure set off by commas after a country’s noun phrase is that country’s (figure-frames.ts)', () => {
  it('"China’s 2024 mine output, 270,000 tonnes, …" is not the world’s output', () => {
    noDiffers(
      "China's 2024 mine output, 270,000 tonnes, was up from 255,000 a year earlier, USGS says, while world output rose to 390,000.",
      '2025-11-05',
    );
    noDiffers(
      "China's 2023 output, 255,000 tonnes, rose to 270,000 in 2024, USGS says, as world production climbed to 390,000 tonnes.",
      '2025-11-05',
    );
  });
  it('the world’s own figure stated wrongly still differs', () => {
    const text = 'World rare-earth mine production in 2024, 270,000 tonnes, was up from 2023, USGS says.';
    expect(claimAt(text, '2025-11-05', '270,000')?.verdict).toBe('differs');
  });
});

describe('a list item’s date is its own subject’s, not an event another item dates (segment-date.ts)', () => {
  it('"tourist visas in July, the Tianjin summit in August–September"', () => {
    noDiffers(
      'The year saw the yatra return in June after a five-year gap, tourist visas in July, the Tianjin summit in August–September and flights in October.',
      '2025-12-31',
    );
    noDiffers(
      "India's calendar with China in 2025: visas in July, the SCO summit in Tianjin in August–September, flights in October.",
      '2025-12-31',
    );
  });
  it('the named event’s own item dated wrongly still differs', () => {
    const text = 'The year saw tourist visas in July, the Tianjin summit in June and flights in October.';
    expect(claimAt(text, '2025-12-31', 'in June')?.verdict).toBe('differs');
  });
});

describe('a counterfactual schedule’s date is not an act’s on it (counterfactual-schedule.ts)', () => {
  it('"which would have applied from today" is not the suspension’s day', () => {
    noDiffers(
      'Some provisions of the extraterritorial rule, which would have applied from today, are suspended along with the rest of the 9 October package until November next year.',
      '2025-12-01',
    );
    noDiffers(
      'Had Announcement No. 70 not intervened, the extraterritorial rule would have applied from today.',
      '2025-12-01',
    );
  });
});

describe('a step told from publication beside the step it superseded (successor-date.ts)', () => {
  it('"this month" in August is August’s easing, not June’s dated wrongly', () => {
    const text =
      "China's reported easing of urea exports this month comes little more than a year after its June 2024 ban.";
    noDiffers(text, '2025-08-26');
    expect(claimAt(text, '2025-08-26', 'this month')?.reasons).toContain('rival-facts');
  });
  it('an absolute month that misses the easing still differs', () => {
    const text = 'China eased its urea export ban in April, with quotas and price floors.';
    expect(claimAt(text, '2025-08-26', 'in April')?.verdict).toBe('differs');
  });
});
