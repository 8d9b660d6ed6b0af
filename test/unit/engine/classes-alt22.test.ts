/**
 * Round 22 rules for altered claims (ADR 0042, round 22). Sentences written for the rules (not from
 * the eval corpus), each checked to fail without its rule, and sentences they must not call wrong.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const verdictAt = (text: string, published: string, quote: string) =>
  claimAt(text, published, quote)?.verdict ?? null;

// Disengagement at Depsang and Demchok was completed on 30 October 2024.
const DONE_PUBLISHED = '2024-11-20';

describe('"by" after a word of completion gives the latest day of the act itself', () => {
  it('"… was completed by 3 October 2024": the disengagement differs', () => {
    const t = 'Disengagement at Depsang and Demchok was completed by 3 October 2024.';
    expect(claimAt(t, DONE_PUBLISHED, '3 October 2024')).toMatchObject({
      fact: 'event.depsang-demchok-disengagement',
      verdict: 'differs',
    });
  });
  it('"By October 12, 2024, the two armies had pulled back …": a fronted "by" before a perfect verb', () => {
    const t = 'By October 12, 2024, the two armies had pulled back from Depsang and Demchok.';
    expect(claimAt(t, DONE_PUBLISHED, 'October 12, 2024')).toMatchObject({
      fact: 'event.depsang-demchok-disengagement',
      verdict: 'differs',
    });
  });
  it('the right day stays consistent', () => {
    const t = 'Disengagement at Depsang and Demchok was completed by 30 October 2024.';
    expect(verdictAt(t, DONE_PUBLISHED, '30 October 2024')).toBe('consistent');
  });
  it('a later day is true as said ("done by then"): never differs', () => {
    for (const t of [
      'Disengagement at Depsang and Demchok was completed by 5 November 2024.',
      'By November 2, 2024, the two armies had pulled back from Depsang and Demchok.',
    ])
      expect(verdictAt(t, DONE_PUBLISHED, '2024')).not.toBe('differs');
  });
});

// Beijing paused its October 2025 export controls for one year (Busan, 30 October 2025).
const PAUSE_PUBLISHED = '2025-11-20';

describe('"on ice" and "reprieve" are words of a pause (fact base 1.2.21)', () => {
  it('"put its October export controls on ice for two years": the pause\'s length differs', () => {
    const t = 'Beijing put its October export controls on ice for two years.';
    expect(claimAt(t, PAUSE_PUBLISHED, 'two years')).toMatchObject({
      fact: 'quantity.october-controls-pause-years',
      verdict: 'differs',
    });
  });
  it('"put on ice, for six months, the package": months against a one-year pause', () => {
    const t =
      'The ministry agreed to put on ice, for six months, the export-control package it issued in October.';
    expect(claimAt(t, PAUSE_PUBLISHED, 'six months')).toMatchObject({
      fact: 'quantity.october-controls-pause-years',
      verdict: 'differs',
    });
  });
  it('"won a two-year reprieve": differs', () => {
    const t = 'The October curbs won a two-year reprieve under the Busan deal.';
    expect(claimAt(t, PAUSE_PUBLISHED, 'two-year')).toMatchObject({
      fact: 'quantity.october-controls-pause-years',
      verdict: 'differs',
    });
  });
  it('the right length stays consistent', () => {
    expect(
      verdictAt('Beijing put its October export controls on ice for one year.', PAUSE_PUBLISHED, 'one year'),
    ).toBe('consistent');
    expect(
      verdictAt(
        'The October curbs won a one-year reprieve under the Busan deal.',
        PAUSE_PUBLISHED,
        'one-year',
      ),
    ).toBe('consistent');
  });
});

// The Galwan clash was on the night of 15–16 June 2020.
describe('a subject and its verb before the date make no fronted adverbial', () => {
  it('"It turned deadly on the night of June 20, 2020, when soldiers, some …, fought in the Galwan Valley": differs', () => {
    const t =
      'It turned deadly on the night of June 20, 2020, when soldiers of both sides, some armed with clubs, fought hand to hand in the Galwan Valley.';
    expect(claimAt(t, '2021-01-10', 'June 20, 2020')).toMatchObject({
      fact: 'event.galwan-clash',
      verdict: 'differs',
    });
  });
  it('the right day stays consistent', () => {
    const t =
      'It turned deadly on the night of June 15, 2020, when soldiers of both sides, some armed with clubs, fought hand to hand in the Galwan Valley.';
    expect(verdictAt(t, '2021-01-10', 'June 15, 2020')).toBe('consistent');
  });
  it('"A year after the night of …, when …, Beijing …": a fronted phrase still ends at its comma', () => {
    const t =
      'A year after the night of June 15, 2020, when 20 Indian soldiers died in the Galwan Valley, Beijing has acknowledged four deaths on its side.';
    expect(verdictAt(t, '2021-06-20', 'June 15, 2020')).not.toBe('differs');
  });
});

// Misri and Sun Weidong met in Beijing on 26–27 January 2025 (and in New Delhi in June); China
// acknowledged its Galwan dead in February 2021; the 23rd SR round was in Beijing on 18 December 2024.
describe('a fact named in a "when" clause after a date whose own clause has only keywords', () => {
  it('"agreed … to bring back the flights in March, when Misri held talks in Beijing with Sun Weidong": the Beijing talks differ', () => {
    const t =
      'Both sides agreed in principle to bring back the flights in March, when Foreign Secretary Vikram Misri held talks in Beijing with Vice Foreign Minister Sun Weidong.';
    expect(claimAt(t, '2025-11-20', 'in March')).toMatchObject({
      fact: 'event.misri-sun-weidong-beijing-jan-2025',
      verdict: 'differs',
    });
  });
  it('"owned up to four dead soldiers only in August 2021, when the PLA newspaper named them": differs', () => {
    const t =
      'Beijing owned up to four dead soldiers only in August 2021, when the PLA newspaper named them.';
    expect(claimAt(t, '2025-11-20', 'August 2021')).toMatchObject({
      fact: 'event.china-acknowledges-galwan-deaths',
      verdict: 'differs',
    });
  });
  it('"revived only in March, when Doval travelled to Beijing for the 23rd round": differs', () => {
    const t =
      'The talks were revived only in March, when Doval travelled to Beijing for the 23rd round of the Special Representatives talks.';
    expect(claimAt(t, '2025-11-20', 'in March')).toMatchObject({
      fact: 'event.sr-talks-23rd',
      verdict: 'differs',
    });
  });
  it('the right dates stay consistent', () => {
    const right: [string, string][] = [
      [
        'Both sides agreed in principle to bring back the flights in January, when Foreign Secretary Vikram Misri held talks in Beijing with Vice Foreign Minister Sun Weidong.',
        'in January',
      ],
      [
        'Beijing owned up to four dead soldiers only in February 2021, when the PLA newspaper named them.',
        'February 2021',
      ],
      [
        'The talks were revived only in December, when Doval travelled to Beijing for the 23rd round of the Special Representatives talks.',
        'in December',
      ],
    ];
    for (const [t, q] of right) expect(verdictAt(t, '2025-11-20', q)).toBe('consistent');
  });
  it('a measure named after a verb of raising a matter is what was talked about, not what happened then', () => {
    const t =
      "The two delegations met again in New Delhi on June 22, when the Indian side raised China's curbs on rare-earth exports.";
    expect(claimAt(t, '2025-07-01', 'June 22')?.fact).not.toBe('instrument.mofcom-announcement-18-2025');
  });
});

// Misri and Sun Weidong met in Beijing on 26–27 January 2025 and in New Delhi on 12 June 2025.
describe('of two cued events, the one whose words include all of the other and more', () => {
  const say = (when: string) =>
    `Foreign Secretary Vikram Misri sat down with Vice Foreign Minister Sun Weidong in Beijing ${when} to prepare the return of direct flights.`;
  it('"… Sun Weidong in Beijing in April …": the Beijing round differs, the New Delhi round is no rival', () => {
    expect(claimAt(say('in April'), '2025-11-20', 'in April')).toMatchObject({
      fact: 'event.misri-sun-weidong-beijing-jan-2025',
      verdict: 'differs',
    });
  });
  it('the right month stays consistent', () => {
    expect(verdictAt(say('in January'), '2025-11-20', 'in January')).toBe('consistent');
  });
  it('with only the two names, which round is meant stays open (context)', () => {
    const t = 'Foreign Secretary Vikram Misri sat down with Vice Foreign Minister Sun Weidong in April.';
    expect(verdictAt(t, '2025-11-20', 'in April')).toBe('context');
  });
});

// The October 2025 controls were announced on 9 October 2025; Announcement No. 18 on 4 April 2025.
describe('a word of another form than one cue list has is no mark of a more specific event', () => {
  it('"licenses" beside controls cued by "licensing" does not make the April regime the one meant', () => {
    const t =
      'The ministry said the export control measures on rare earths announced last month were not export bans and that licenses would be granted.';
    expect(claimAt(t, '2025-10-13', 'last month')?.fact).not.toBe('instrument.mofcom-announcement-18-2025');
  });
});

// China's pause of its October 2025 controls is one year; the US paused its affiliates rule for a year too.
describe("a figure of another clause does not take a measure whose words stand in the value's own clause", () => {
  it('"The October controls go on hold for six months, while the US pauses for a year …": differs', () => {
    const t =
      'The October controls go on hold for six months, while the US pauses for a year its rule on affiliates.';
    expect(claimAt(t, '2025-11-05', 'six months')).toMatchObject({
      fact: 'quantity.october-controls-pause-years',
      verdict: 'differs',
    });
  });
  it('the right length stays consistent', () => {
    const t =
      'The October controls go on hold for a year, while the US pauses for a year its rule on affiliates.';
    expect(verdictAt(t, '2025-11-05', 'a year')).toBe('consistent');
  });
});

// Round 26 (ADR 0042, session 22): a named part against its whole found by keywords.
// The 2025 Kailash Mansarovar Yatra's first Nathu La batch crossed on 20 Jun 2025; the first
// Lipulekh batch on 10 Jul 2025; the pilgrimage ran through the summer.
const YATRA_PUBLISHED = '2025-07-20';
const NATHU_LA = 'event.kailash-first-batch-nathu-la-2025';
const LIPULEKH = 'event.kailash-first-batch-lipulekh-2025';

describe("a part cued by the same word as its whole's keywords owns the day (date-ties.ts partNamedIn)", () => {
  it('"the first group … crossed the Nathu La pass on June 27": the batch\'s day, wrong', () => {
    const t =
      'Officials said the first group of yatris crossed the Nathu La pass on June 27 after medical checks.';
    expect(claimAt(t, YATRA_PUBLISHED, 'June 27')).toMatchObject({ fact: NATHU_LA, verdict: 'differs' });
  });
  it('"the first batch … through Lipulekh on July 3": the batch\'s day, wrong', () => {
    const t =
      'The first batch of devotees walked into Tibet through Lipulekh on July 3, district officials said.';
    expect(claimAt(t, YATRA_PUBLISHED, 'July 3')).toMatchObject({ fact: LIPULEKH, verdict: 'differs' });
  });
  it('the right day stays consistent with the batch', () => {
    const t =
      'Officials said the first group of yatris crossed the Nathu La pass on June 20 after medical checks.';
    expect(claimAt(t, YATRA_PUBLISHED, 'June 20')).toMatchObject({ fact: NATHU_LA, verdict: 'consistent' });
  });
  it('a later group, not the first, is not called wrong', () => {
    const t = 'Another group of yatris crossed the Nathu La pass on June 27 after medical checks.';
    expect(claimAt(t, YATRA_PUBLISHED, 'June 27')?.verdict ?? null).not.toBe('differs');
  });
});

describe('a relative "where" brings the place before it into its clause (part-over-keywords.ts)', () => {
  it('"… via Nathu La in Sikkim, where the first group entered Tibet on June 24": the batch\'s day, wrong', () => {
    const t =
      'Four batches are going via Lipulekh and eight batches via Nathu La in Sikkim, where the first group entered Tibet on June 24.';
    expect(claimAt(t, YATRA_PUBLISHED, 'June 24')).toMatchObject({ fact: NATHU_LA, verdict: 'differs' });
  });
  it('the right day stays consistent', () => {
    const t =
      'Four batches are going via Lipulekh and eight batches via Nathu La in Sikkim, where the first group entered Tibet on June 20.';
    expect(claimAt(t, YATRA_PUBLISHED, 'June 20')).toMatchObject({ fact: NATHU_LA, verdict: 'consistent' });
  });
  it('the conjunct before "and" is not the antecedent: no Lipulekh claim', () => {
    const t =
      'Four batches are going via Lipulekh and eight batches via Nathu La in Sikkim, where the first group entered Tibet on June 24.';
    expect(claimAt(t, YATRA_PUBLISHED, 'June 24')?.fact).not.toBe(LIPULEKH);
  });
});
