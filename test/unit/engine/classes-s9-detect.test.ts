/**
 * Session 9's detection rules (issue #7, ADR 0034): wrong dates the engine read but left
 * unclaimed. Each rule has sentences written for it (not from the eval corpus), each checked to
 * fail without its rule; and each comes with a sentence it must still not call wrong.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

/** The sentence is not called wrong at `quote` (no claim, or one that is not `differs`). */
const not = (text: string, published: string | null, quote: string) =>
  expect(claimAt(text, published, quote)?.verdict ?? null).not.toBe('differs');

describe('a gap that opens the sentence dates the main clause after it', () => {
  const text = (gap: string) =>
    `${gap} after Donald Trump and Xi Jinping met at an air base in Busan, South Korea, China's Commerce Ministry issued Announcement No. 70.`;
  it('a wrong gap is wrong for the notice the main clause names', () => {
    expect(claimAt(text('Three weeks'), '2026-09-14', 'Three weeks')).toMatchObject({
      fact: 'instrument.mofcom-announcement-70-2025',
      verdict: 'differs',
    });
  });
  it('the right gap is consistent', () => {
    expect(claimAt(text('Eight days'), '2026-09-14', 'Eight days')?.verdict).toBe('consistent');
  });
  it('a main clause about another phase of a measure does not date the measure', () => {
    not(
      'A week after Donald Trump and Xi Jinping met in Busan, China lifted Announcement No. 61.',
      '2026-09-14',
      'A week after',
    );
  });
});

describe('a day inside the weeks of an event named farther off agrees only loosely', () => {
  const text = (d: string) =>
    `The Kailash Mansarovar Yatra came back in June, India started granting tourist visas to Chinese nationals again on ${d}, and more flights followed.`;
  it('the event named between them, nearer the day, is the day’s: a wrong day is wrong', () => {
    expect(claimAt(text('June 30'), '2025-10-27', 'June 30')).toMatchObject({
      fact: 'event.tourist-visas-chinese-nationals-resumed',
      verdict: 'differs',
    });
  });
  it('the right day is consistent', () => {
    expect(claimAt(text('July 24'), '2025-10-27', 'July 24')?.verdict).toBe('consistent');
  });
  it('a cue whose words reach back past the farther event’s names nothing between', () => {
    not(
      '“Beijing has closed the export window from October 15 for every buyer,” a trade body said, after a window for urea, specialty fertilisers and DAP that had run from May 15.',
      '2025-10-21',
      'May 15',
    );
  });
  it('with no event named between, the long event keeps the day', () => {
    expect(
      claimAt(
        'The Kailash Mansarovar Yatra resumed on June 30, weeks before India started granting tourist visas to Chinese nationals again.',
        '2025-10-27',
        'June 30',
      ),
    ).toMatchObject({ fact: 'event.kailash-mansarovar-yatra-2025', verdict: 'consistent' });
  });
});

describe('a fact announced by its own announcer on a date', () => {
  const text = (d: string) => `Foreign Secretary Vikram Misri made the agreement public on ${d}.`;
  it('the announcer’s act frames the keywords: a wrong day is wrong', () => {
    expect(claimAt(text('Oct. 14'), '2024-11-05', 'Oct. 14')).toMatchObject({
      fact: 'event.lac-patrolling-agreement-2024',
      verdict: 'differs',
    });
  });
  it('the right day is consistent', () => {
    expect(claimAt(text('Oct. 21'), '2024-11-05', 'Oct. 21')?.verdict).toBe('consistent');
  });
  it('another verb, or another speaker, frames nothing', () => {
    not('Foreign Secretary Vikram Misri spoke about the agreement on Oct. 25.', '2024-11-05', 'Oct. 25');
    not('Defence Minister Rajnath Singh announced the agreement on Oct. 25.', '2024-11-05', 'Oct. 25');
  });
});

describe('a fact the sentence finds itself is not also carried over from the sentence before', () => {
  it('the earlier sentence’s copy of the same fact is no rival to it', () => {
    const text =
      'Under the deal on patrolling arrangements, troops pulled back from the friction points. Foreign Secretary Vikram Misri announced the agreement on Oct. 25.';
    expect(claimAt(text, '2024-11-05', 'Oct. 25')).toMatchObject({
      fact: 'event.lac-patrolling-agreement-2024',
      verdict: 'differs',
    });
  });
});

describe('a date that labels a list item is that item’s', () => {
  it('a date alone in parentheses after its item', () => {
    const text = (d: string) =>
      `The thaw in brief: the patrolling agreement (Oct 21, 2024), the Special Representatives talks in Beijing (Dec 18) and direct flights (${d}).`;
    expect(claimAt(text('Oct 12'), '2025-10-31', 'Oct 12')).toMatchObject({
      fact: 'event.direct-flights-resumed',
      verdict: 'differs',
    });
    expect(claimAt(text('Oct 26'), '2025-10-31', 'Oct 26')?.verdict).toBe('consistent');
  });
  it('a date opening an item of a list set off by semicolons', () => {
    const text = (d: string) =>
      `Milestones: June 15-16, 2020 - Galwan clash; Oct 21, 2024 - patrolling pact; ${d}, 2025 - direct flights resume.`;
    expect(claimAt(text('Oct 12'), '2025-11-15', 'Oct 12')).toMatchObject({
      fact: 'event.direct-flights-resumed',
      verdict: 'differs',
    });
    expect(claimAt(text('Oct 26'), '2025-11-15', 'Oct 26')?.verdict).toBe('consistent');
  });
  it('an item whose event the fact base does not know takes no other item’s event', () => {
    not(
      'Milestones: Oct 21, 2024 - patrolling pact; Nov 11, 2024 - sweets exchanged at the border; Oct 26, 2025 - direct flights resume.',
      '2025-11-15',
      'Nov 11',
    );
  });
});

describe('a phase word governs a date only when it is the word the date belongs to', () => {
  it('a phase set off by commas is the subject’s past, not the date’s', () => {
    const text = (d: string) =>
      `Direct passenger flights, halted for five years, resumed on ${d}, with a Kolkata–Guangzhou service.`;
    expect(claimAt(text('September 26, 2025'), null, 'September 26')).toMatchObject({
      fact: 'event.direct-flights-resumed',
      verdict: 'differs',
    });
    expect(claimAt(text('October 26, 2025'), null, 'October 26')?.verdict).toBe('consistent');
  });
  it('the date inside the commas is still the phase’s', () => {
    not(
      'Tourist visas for Chinese nationals, suspended in 2020 and voided by an airline notice on April 20, 2022, can be sought again from today.',
      '2025-07-24',
      'April 20, 2022',
    );
  });
  it('the controls a notice’s verb dates, after the verb that suspends them', () => {
    const text = (d: string) =>
      `China on Friday formally suspended the export controls on superhard materials and lithium batteries it announced on ${d}.`;
    expect(claimAt(text('Oct. 19'), '2025-11-08', 'Oct. 19')).toMatchObject({
      fact: 'instrument.mofcom-october-2025-controls',
      verdict: 'differs',
    });
    expect(claimAt(text('Oct. 9'), '2025-11-08', 'Oct. 9')?.verdict).toBe('consistent');
  });
  it('a notice’s verb whose noun is not the fact leaves the phase in force', () => {
    not(
      'The extraterritorial rules of Announcement No. 61 remain frozen under the one-year pause announced on November 7.',
      '2025-12-01',
      'November 7',
    );
  });
  it('a return to a place is a movement, not a reversion', () => {
    expect(
      claimAt('Indian patrols returned to Demchok on November 9.', '2024-11-20', 'November 9'),
    ).toMatchObject({ fact: 'event.depsang-demchok-patrols-resumed', verdict: 'differs' });
  });
});

describe('a figure of another order, its measure named clearly (round 10: figures)', () => {
  const P = '2025-12-01';
  it('of two measures sharing words, the one whose own words sit at another figure is that figure’s', () => {
    expect(
      claimAt(
        'Sitting on reserves of 6.9 million tonnes, India mined 29,000 tonnes of rare earths in 2024.',
        P,
        '29,000',
      ),
    ).toMatchObject({ fact: 'quantity.india-rare-earth-mine-production-2024', verdict: 'differs' });
    expect(
      claimAt(
        'Sitting on reserves of 6.9 million tonnes, India mined 2,900 tonnes of rare earths in 2024.',
        P,
        '2,900',
      )?.verdict,
    ).toBe('consistent');
  });
  it('a part word in another predicate after “and” does not make the figure a part', () => {
    const text = (v: string) =>
      `India's rare-earth mine production was ${v} tonnes in 2024 and the country still buys in nearly all its magnets.`;
    expect(claimAt(text('29,000'), P, '29,000')).toMatchObject({
      fact: 'quantity.india-rare-earth-mine-production-2024',
      verdict: 'differs',
    });
    expect(claimAt(text('2,900'), P, '2,900')?.verdict).toBe('consistent');
  });
  it('a part word in the figure’s own phrase still does', () => {
    not(
      "India's rare-earth mine production was 29,000 tonnes in 2024, mostly magnets and alloys.",
      P,
      '29,000',
    );
  });
  it('a part word that is the record’s own word is the measure, not a part', () => {
    const text = (v: string) =>
      `In India, officials said some companies had won approvals to import rare-earth magnets, with ${v} applications still pending.`;
    expect(claimAt(text('300'), P, '300')).toMatchObject({
      fact: 'quantity.rare-earth-licence-applications-pending',
      verdict: 'differs',
    });
    expect(claimAt(text('30'), P, '30 ')?.verdict).toBe('consistent');
  });
  it('a source named after “by the” is who counts the figure, not whose it is', () => {
    expect(
      claimAt(
        "India's rare-earth reserves are put at 69 million tonnes by the US Geological Survey.",
        P,
        '69 million',
      ),
    ).toMatchObject({ fact: 'quantity.india-rare-earth-reserves', verdict: 'differs' });
    not("India's rare-earth reserves are put at 69 million tonnes by Japanese estimates.", P, '69 million');
    not("India's rare-earth reserves stand at 69 million tonnes, more than Japan's.", P, '69 million');
  });
  it('“of” after the measure’s own noun is the level, not a change', () => {
    expect(
      claimAt(
        'Rare-earth reserves of 69 million tonnes make India a possible rival to China.',
        P,
        '69 million',
      ),
    ).toMatchObject({ fact: 'quantity.india-rare-earth-reserves', verdict: 'differs' });
    not("India's rare-earth mine output rose in 2024, a gain of 29,000 tonnes.", P, '29,000');
  });
});
