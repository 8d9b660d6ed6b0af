/**
 * Round 18 rules for altered dates (ADR 0042, round 18): a date that disagrees with a part and
 * with its whole alike is wrong whichever it is about; "wrote" is a reporting verb. Sentences
 * written for the rules (not from the eval corpus), each checked to fail without its rule, and
 * sentences they must not call wrong.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const verdictAt = (text: string, published: string, quote: string) =>
  claimAt(text, published, quote)?.verdict ?? null;

// Modi and Xi met in Tianjin on 31 August 2025, at the SCO summit of 31 August – 1 September.
const TIANJIN_PUBLISHED = '2025-09-02';
// The first batch crossed Nathu La on 20 June 2025; the yatra ran 20 June – 10 July.
const YATRA_PUBLISHED = '2025-07-12';

describe('a part and its whole that both disagree', () => {
  it('"held talks in Tianjin on Aug. 13, on the sidelines of the … summit": the meeting differs', () => {
    const t =
      'Chinese President Xi Jinping and Indian Prime Minister Narendra Modi held talks in Tianjin on Aug. 13, on the sidelines of the Shanghai Cooperation Organization summit.';
    expect(claimAt(t, TIANJIN_PUBLISHED, 'Aug. 13')).toMatchObject({
      fact: 'event.tianjin-modi-xi-meeting',
      verdict: 'differs',
    });
  });
  it('"the first batch … crossed … Nathu La on May 20, opening this year’s yatra": the batch differs', () => {
    const t =
      "The first batch of Kailash Mansarovar pilgrims crossed into Tibet through the Nathu La pass on May 20, opening this year's yatra.";
    expect(claimAt(t, YATRA_PUBLISHED, 'May 20')).toMatchObject({
      fact: 'event.kailash-first-batch-nathu-la-2025',
      verdict: 'differs',
    });
  });
  it('the right days stay consistent', () => {
    const meeting =
      'Chinese President Xi Jinping and Indian Prime Minister Narendra Modi held talks in Tianjin on Aug. 31, on the sidelines of the Shanghai Cooperation Organization summit.';
    expect(verdictAt(meeting, TIANJIN_PUBLISHED, 'Aug. 31')).toBe('consistent');
    const batch =
      "The first batch of Kailash Mansarovar pilgrims crossed into Tibet through the Nathu La pass on June 20, opening this year's yatra.";
    expect(verdictAt(batch, YATRA_PUBLISHED, 'June 20')).toBe('consistent');
  });
  it('a part the sentence dates rightly with another of its dates leaves this date to a third event', () => {
    const t =
      'Kailash pilgrims set out again this summer. Pilgrims were in Tibet on 5 June and, on the 20th, the first batch through Nathu La entered Tibet.';
    expect(verdictAt(t, YATRA_PUBLISHED, '5 June')).not.toBe('differs');
  });
  it('a date after a participle on a preposition’s object dates that noun’s act ("the 750 pilgrims chosen in May")', () => {
    const t =
      'The Lipulekh route, which saw its first batch of pilgrims cross into Tibet on Thursday, takes five batches in all, drawn from the 750 pilgrims chosen in May.';
    expect(verdictAt(t, YATRA_PUBLISHED, 'in May')).not.toBe('differs');
  });
});

describe('of a part and its whole that both disagree, a single day is the one-day part’s', () => {
  it('"The two heads of state met in Tianjin on Aug. 13, on the sidelines of the … summit": the meeting', () => {
    const t =
      'The two heads of state met in Tianjin on Aug. 13, on the sidelines of the Shanghai Cooperation Organization summit.';
    expect(claimAt(t, TIANJIN_PUBLISHED, 'Aug. 13')).toMatchObject({
      fact: 'event.tianjin-modi-xi-meeting',
      verdict: 'differs',
    });
  });
  it('two days are still the summit’s', () => {
    const t =
      'Xi has invited Modi to the Shanghai Cooperation Organisation summit in Tianjin, scheduled for Sept. 20 and 21.';
    expect(claimAt(t, '2025-08-10', 'Sept. 20')).toMatchObject({
      fact: 'event.sco-summit-tianjin-2025',
      verdict: 'differs',
    });
  });
});

describe('"wrote" is a reporting verb', () => {
  it('"A columnist wrote this week that the Galwan clash …": the week is the column’s, not the clash’s', () => {
    const t =
      'A columnist wrote this week that the Galwan clash had taken ties to their lowest point in decades.';
    expect(verdictAt(t, '2025-07-05', 'this week')).not.toBe('differs');
  });
  it('"Analysts wrote last week that …"', () => {
    const t = 'Analysts wrote last week that the Galwan clash still shapes the relationship.';
    expect(verdictAt(t, '2025-07-05', 'last week')).not.toBe('differs');
  });
});

// India mined 2,900 tonnes of rare earths in 2024 (USGS); China 270,000; India's reserves 6.9 million tonnes.
const MINED_PUBLISHED = '2025-10-31';

describe("a name that owns another figure of the clause is not this figure's foreign owner", () => {
  it('"India mined just 29,000 tonnes …, a fraction of China\'s 270,000 tonnes": India\'s output differs', () => {
    const t = "India mined just 29,000 tonnes of rare earths in 2024, a fraction of China's 270,000 tonnes.";
    expect(claimAt(t, MINED_PUBLISHED, '29,000')).toMatchObject({
      fact: 'quantity.india-rare-earth-mine-production-2024',
      verdict: 'differs',
    });
  });
  it('"India\'s mines produced only 29,000 tonnes …, far below China\'s 270,000 tonnes": differs', () => {
    const t =
      "India's mines produced only 29,000 tonnes of rare earths in 2024, far below China's 270,000 tonnes.";
    expect(verdictAt(t, MINED_PUBLISHED, '29,000')).toBe('differs');
  });
  it('the right figure stays consistent, and a name right before the figure itself still owns it', () => {
    const right =
      "India mined just 2,900 tonnes of rare earths in 2024, a fraction of China's 270,000 tonnes.";
    expect(verdictAt(right, MINED_PUBLISHED, '2,900')).toBe('consistent');
    const other = "India mined 2,900 tonnes in 2024 while Myanmar's 31,000 tonnes went mostly to China.";
    expect(verdictAt(other, MINED_PUBLISHED, '31,000')).not.toBe('differs');
  });
});

describe('a measure another figure of the clause states rightly is that figure’s', () => {
  it('"holds 6.9 million tonnes of reserves but mined only 29,000 tonnes": the output differs', () => {
    const t = 'India holds 6.9 million tonnes of rare-earth reserves but mined only 29,000 tonnes in 2024.';
    expect(claimAt(t, MINED_PUBLISHED, '29,000')).toMatchObject({
      fact: 'quantity.india-rare-earth-mine-production-2024',
      verdict: 'differs',
    });
  });
});
