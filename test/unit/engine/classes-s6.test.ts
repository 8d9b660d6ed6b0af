/**
 * Session 6's engine rules (issue #7), each with sentences written for the rule (not from the
 * eval corpus), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { claimAt, claims, factById, matcher } from './claims-of';

describe('the lead of a story is context for the cues of every paragraph', () => {
  const story = (date: string) =>
    [
      'Indian carmakers have begun receiving rare-earth magnets from China again, officials said on Friday.',
      'Several suppliers said shipments were still slow.',
      `Beijing has also agreed to shelve for a year a broader package of controls it announced on ${date}.`,
    ].join('\n\n');
  it('a package of controls in the third paragraph is the rare-earth controls the lead is about', () => {
    expect(claimAt(story('October 9'), '2025-11-02', 'October 9')).toMatchObject({
      fact: 'instrument.mofcom-october-2025-controls',
      verdict: 'consistent',
    });
    expect(claimAt(story('October 19'), '2025-11-02', 'October 19')).toMatchObject({
      fact: 'instrument.mofcom-october-2025-controls',
      verdict: 'differs',
    });
  });
  it('without the lead’s words the same paragraph stays unclaimed', () => {
    const alone = story('October 19').replace('rare-earth magnets', 'spare parts');
    expect(claimAt(alone, '2025-11-02', 'October 19')).toBeNull();
  });
});

describe('a date that modifies the noun after it is that noun’s date', () => {
  const text =
    'Rare-earth buyers in Europe are still waiting for clarity.\n\nUnder the October 30 truce struck in South Korea, China will hold off for a year on the export controls it unveiled on October 9.';
  it('"the October 30 truce" is not the date of the controls named later in the sentence', () => {
    const got = claimAt(text, '2025-11-04', 'October 30');
    expect(got?.verdict).not.toBe('differs');
    expect(got?.fact).not.toBe('instrument.mofcom-october-2025-controls');
    expect(claimAt(text, '2025-11-04', 'October 9')).toMatchObject({
      fact: 'instrument.mofcom-october-2025-controls',
      verdict: 'consistent',
    });
  });
});

describe('a span counted to publication is never wrong against a record measured later', () => {
  const text =
    'Restarting the Kailash Mansarovar Yatra, suspended since 2020, was also discussed, officials said.';
  it('written before the pilgrimage resumed, the gap so far is context', () => {
    const got = claimAt(text, '2024-12-20', 'since 2020');
    expect(got).toMatchObject({ fact: 'quantity.kailash-yatra-gap-years', verdict: 'context' });
    expect(got?.reasons).toContain('record-later');
  });
  it('written after it resumed, the same span is checked', () => {
    expect(claimAt(text, '2025-08-01', 'since 2020')?.verdict).toBe('consistent');
    expect(claimAt(text.replace('2020', '2023'), '2025-08-01', 'since 2023')?.verdict).toBe('differs');
  });
});

const terms = (text: string, published: string) =>
  annotateText(text, { matcher, factById, published })
    .filter((a) => a.kind === 'term')
    .map((a) => ({ quote: a.quote, fact: a.factIds[0] }));

describe('a count with two words between the figure and what it counts', () => {
  const say = (n: string) =>
    `About ${n} other Indian applications for magnet licences are still pending, officials said.`;
  it('"about 30 other Indian applications" is read, and a wrong count differs', () => {
    expect(claimAt(say('30'), '2025-10-31', '30')).toMatchObject({
      fact: 'quantity.rare-earth-licence-applications-pending',
      verdict: 'consistent',
    });
    expect(claimAt(say('80'), '2025-10-31', '80')?.verdict).toBe('differs');
  });
  it('a clause word ends the phrase: "Oct. 30 that some companies …" counts nothing', () => {
    expect(
      claims('The licences were confirmed on Oct. 30 that some companies had applied for.', '2025-10-31'),
    ).not.toContainEqual(expect.objectContaining({ quote: expect.stringContaining('companies') }));
  });
});

describe('a span of two months without a year', () => {
  it('"between April and June" is one span, checked as a whole', () => {
    const text =
      'Chinese customs held back specialty fertiliser shipments to India between April and June, traders said.';
    expect(claimAt(text, '2025-10-20', 'between April and June')).toMatchObject({
      fact: 'event.china-specialty-fertiliser-halt-india-2025',
    });
    expect(claimAt(text, '2025-10-20', 'between April and June')?.verdict).not.toBe('differs');
  });
  it('"in April and June" are two months, not a span', () => {
    const text =
      'Chinese customs held back specialty fertiliser shipments to India in April and June, traders said.';
    expect(claimAt(text, '2025-10-20', 'April and June')).toBeNull();
  });
  it('"around April" is a month', () => {
    const text =
      'Since around April, customs officers have stopped clearing specialty fertiliser cargoes bound for India.';
    expect(claimAt(text, '2025-10-20', 'April')?.fact).toBe(
      'event.china-specialty-fertiliser-halt-india-2025',
    );
  });
});

describe('a cue’s two-word phrase written as a compound modifier', () => {
  it('"specialty-fertiliser cargoes" is the specialty fertiliser of the cue', () => {
    const text =
      'Customs officers in China have stopped clearing specialty-fertiliser cargoes bound for India since around April.';
    expect(claimAt(text, '2025-10-20', 'April')?.fact).toBe(
      'event.china-specialty-fertiliser-halt-india-2025',
    );
  });
  it('an alias does not widen to the compound: "specialty-fertiliser" gets no topic card', () => {
    const text =
      'Customs officers in China have stopped clearing specialty-fertiliser cargoes bound for India since around April.';
    expect(terms(text, '2025-10-20').map((t) => t.quote)).not.toContain('specialty-fertiliser');
  });
});

describe('keywords alone do not make a statistic’s period an event’s date', () => {
  it('"magnets … in June came in 58% under January’s level" is not the June talks', () => {
    const text =
      'Deliveries of rare-earth magnets from China to India in June came in 58% under January’s level. Foreign secretary Vikram Misri raised the matter with vice foreign minister Sun Weidong in New Delhi on June 12.';
    expect(claimAt(text, '2025-08-20', 'in June')).toBeNull();
    expect(claimAt(text, '2025-08-20', 'June 12')).toMatchObject({
      fact: 'event.misri-sun-weidong-delhi-jun-2025',
      verdict: 'consistent',
    });
  });
});

describe('a sentence dated for one event gives no keyword card to another', () => {
  it('"Modi’s trip to Tianjin … on Aug. 31" is not Jaishankar’s trip', () => {
    const text =
      "Modi's trip to Tianjin for the Shanghai Cooperation Organisation summit on Aug. 31, his first visit to China in more than seven years, was closely watched.";
    expect(terms(text, '2025-09-05').map((t) => t.fact)).not.toContain(
      'event.jaishankar-china-visit-jul-2025',
    );
    expect(claimAt(text, '2025-09-05', 'Aug. 31')?.verdict).toBe('consistent');
  });
});

describe('a cue card covers the shortest stretch with a word of each of its groups', () => {
  it('a cue word repeated later in the sentence does not stretch the card past a comma', () => {
    const text =
      'Passenger flights between India and China resumed on Sunday after more than five years, and airlines plan more flights from next month.';
    const card = terms(text, '2025-10-27').find((t) => t.fact === 'event.direct-flights-resumed');
    expect(card?.quote).toBe('flights between India and China resumed');
  });
});

describe('a rival for a date is a candidate tied about as closely', () => {
  const say = (d: string) =>
    `Modi went to Tianjin for the Shanghai Cooperation Organisation summit a fortnight ago and held talks with Xi there on ${d}.`;
  it('the summit named far before "held talks … on <date>" leaves the meeting’s date unambiguous', () => {
    expect(claimAt(say('August 31'), '2025-09-12', 'August 31')).toMatchObject({
      fact: 'event.tianjin-modi-xi-meeting',
      verdict: 'consistent',
    });
    expect(claimAt(say('August 3'), '2025-09-12', 'August 3')).toMatchObject({
      fact: 'event.tianjin-modi-xi-meeting',
      verdict: 'differs',
    });
  });
  // (It asserted `context` before ADR 0042, round 18: the summit is still a rival, but the
  // meeting's whole, and the day fits neither.)
  it('named right beside the date, the summit is still a rival, but a whole the day fits no better: differs', () => {
    const text = 'Modi met Xi at the Shanghai Cooperation Organisation summit in Tianjin on August 3.';
    expect(claimAt(text, '2025-09-05', 'August 3')?.verdict).toBe('differs');
  });
});

describe('a fact of another clause with a much wider record does not make a day ambiguous', () => {
  const say = (d: string) =>
    `Pilgrims began crossing to Mount Kailash again for the Kailash Mansarovar Yatra last month, and foreign secretary Vikram Misri received vice foreign minister Sun Weidong in New Delhi on ${d}.`;
  it('a day inside the pilgrimage’s weeks is still checked against the talks', () => {
    expect(claimAt(say('12 June'), '2025-07-25', '12 June')).toMatchObject({
      fact: 'event.misri-sun-weidong-delhi-jun-2025',
      verdict: 'consistent',
    });
    expect(claimAt(say('22 June'), '2025-07-25', '22 June')).toMatchObject({
      fact: 'event.misri-sun-weidong-delhi-jun-2025',
      verdict: 'differs',
    });
  });
});

describe('a month naming which one ("an October agreement", "the April regime")', () => {
  it('confirms a fact of that month and anchors what follows', () => {
    const text =
      'Ties began to mend after an October agreement on border patrolling, and Modi and Xi met in Kazan two days later.';
    expect(claimAt(text, '2024-12-01', 'October')).toMatchObject({
      fact: 'event.lac-patrolling-agreement-2024',
      verdict: 'consistent',
    });
    expect(claimAt(text, '2024-12-01', 'two days later')).toMatchObject({
      fact: 'event.kazan-modi-xi-meeting',
      verdict: 'consistent',
    });
  });
  it('never contradicts another fact of the sentence', () => {
    const text =
      'Officials said some Indian firms had received licences to import rare-earth magnets from China under the April regime.';
    expect(claims(text, '2025-11-07').filter((c) => c.verdict === 'differs')).toEqual([]);
  });
});

describe('a resumption owns the day it started again', () => {
  const say = (d: string) =>
    `New Delhi started accepting tourist visa applications from Chinese nationals again on ${d}, officials said.`;
  it('"started accepting … again on <date>" is checked against the resumption', () => {
    expect(claimAt(say('July 24'), '2025-08-01', 'July 24')?.verdict).toBe('consistent');
    expect(claimAt(say('May 24'), '2025-08-01', 'May 24')).toMatchObject({
      fact: 'event.tourist-visas-chinese-nationals-resumed',
      verdict: 'differs',
    });
  });
  it('the year it stopped is still another phase, not the resumption’s date', () => {
    const text =
      'India stopped issuing tourist visas to Chinese nationals in 2020 and resumed them on July 24.';
    expect(claimAt(text, '2025-08-01', '2020')).toBeNull();
  });
});

describe('a tariff rate is not a statistic whose clause dates a period', () => {
  const say = (d: string) =>
    `Officials said the framework, settled by negotiators in Kuala Lumpur on ${d}, lifted the threat of 100% tariffs on Chinese goods.`;
  it('the framework’s date in a clause with "100% tariffs" is still checked', () => {
    expect(claimAt(say('Oct. 25-26'), '2025-10-28', 'Oct. 25-26')?.verdict).toBe('consistent');
    expect(claimAt(say('Oct. 18-19'), '2025-10-28', 'Oct. 18-19')).toMatchObject({
      fact: 'event.us-china-kuala-lumpur-framework',
      verdict: 'differs',
    });
  });
});

describe('a value given as it stands, before the change the record is of', () => {
  const text = 'The fentanyl tariff on Chinese goods, currently 20%, is expected to be cut.';
  it('written before the cut, "currently 20%" is context (record-later)', () => {
    const got = claimAt(text, '2025-10-27', '20%');
    expect(got?.verdict).toBe('context');
    expect(got?.reasons).toContain('record-later');
  });
  it('written after it, the same words are wrong', () => {
    expect(claimAt(text, '2025-11-20', '20%')?.verdict).toBe('differs');
  });
});

describe('freezing the October controls is the suspension (fact base 1.2.6)', () => {
  it('"the decision on Friday to freeze …" dates the suspension, not the controls', () => {
    const text =
      "Beijing's move on Friday to freeze the rare-earth controls it announced in October gives buyers time.";
    expect(claimAt(text, '2025-11-10', 'on Friday')).toMatchObject({
      fact: 'instrument.mofcom-announcement-70-2025',
      verdict: 'consistent',
    });
    expect(claims(text, '2025-11-10').filter((c) => c.verdict === 'differs')).toEqual([]);
  });
});
