/**
 * What a sentence says, as alignment features: spelling variants, plurals and a few
 * newsroom synonyms fold together; figures in words and digits meet; function words drop;
 * "US" the country is not "us" the pronoun.
 */
import { describe, expect, it } from 'vitest';
import { looksEnglish, stem, tokenize } from '../../../src/core/compare/tokens';

const keys = (s: string) => tokenize(s).map((t) => t.key);
const same = (a: string, b: string) => expect(keys(a)).toEqual(keys(b));

describe('compare tokens', () => {
  it('folds British and American spellings, plurals and tenses', () => {
    same('fertilisers', 'fertilizer');
    same('licences', 'license');
    same('normalised', 'normalize');
    same('companies', 'company');
    expect(stem('meeting')).toBe('meet');
  });

  it('folds newsroom synonyms, and nothing else', () => {
    same('firms', 'companies');
    same('approved', 'granted');
    same('talks', 'meeting');
    expect(keys('magnets')).not.toEqual(keys('minerals'));
  });

  it('reads figures in words and digits, per cent and %, as the same', () => {
    same('70 per cent', '70%');
    same('four-year', '4 years');
    same('Twenty soldiers', '20 soldiers');
    same('22.28 lakh', '22.28 lakh');
    expect(keys('390,000 tonnes')[0]).toBe('#390000');
    same('390,000 tonnes', '390000 tonne');
  });

  it('reads ordinals, compound number words and scales as the figure they write', () => {
    same('the 23rd round', 'the twenty-third round');
    same('twenty-one soldiers', '21 soldiers');
    same('two hundred pilgrims', '200 pilgrims');
    same('1.5 million tonnes', '1,500,000 tonnes');
    same('22.28 lakh tonnes', '2,228,000 tonnes');
    same('$1.2bn', '$1.2 billion');
    expect(keys('the 5th batch')).toEqual(['#5', 'batch']);
    // "first" and "second" stay words: "first visit" is not "one visit".
    expect(keys('first visit')).not.toEqual(keys('one visit'));
  });

  it('reads an ISO date as the written date, in any order', () => {
    same('on 2025-10-21', 'on 21 October 2025');
    expect(new Set(keys('Oct. 21, 2025'))).toEqual(new Set(keys('21 October 2025')));
    expect(keys('2025-13-40')).not.toContain('oct');
  });

  it('folds phrases that say one thing: taking effect, entering into force', () => {
    same('the rules take effect on November 8', 'the rules enter into force on November 8');
    same('it came into force', 'it took effect');
    same('talks were called off', 'talks were cancelled');
  });

  it('folds general news paraphrase: carmakers, output, shipments, prices', () => {
    same('carmakers', 'automakers');
    same('output', 'production');
    same('shipments', 'exports');
    same('prices', 'costs');
    same('provisions', 'rules');
    same('died', 'killed');
    expect(keys('soldiers')).not.toEqual(keys('troops'));
  });

  it('reads a consonant doubled before -ing or -ed as one, and keeps a word’s own double l', () => {
    same('guards patrolling the ridge', 'guards patrol the ridge');
    same('the order was cancelled', 'the order was cancel');
    same('prices dropped', 'prices drop');
    same('the planning office', 'the plan office');
    expect(stem('falling')).toBe(stem('fall'));
    expect(stem('fall')).toBe('fall');
    expect(stem('killed')).toBe('kill');
  });

  it('folds the third round’s paraphrase: pending, every day, percentage points, in person', () => {
    same('twelve requests are still pending', 'twelve requests are still awaiting approval');
    same('the ferry sails every day', 'the ferry sails daily');
    same('a cut of 5 percentage points', 'a cut of 5 percent');
    same('their first face-to-face talks', 'their first in-person talks');
    same('a confrontation on the river', 'a standoff on the river');
    same('the carrier said', 'the airline said');
    same('she assured him', 'her assurance to him');
    expect(keys('pending')).not.toEqual(keys('approved'));
  });

  it('drops function words, keeps months and the US', () => {
    expect(keys('The meeting was held in October with the US.')).toEqual(['meet', 'held', 'oct', 'usa']);
    expect(keys('Tell us about it')).toEqual(['tell']);
  });

  it('tells English text from other languages', () => {
    expect(
      looksEnglish('China has granted licences to some of the Indian firms that applied for them.'),
    ).toBe(true);
    expect(looksEnglish('चीन ने कुछ भारतीय कंपनियों को दुर्लभ पृथ्वी चुंबकों के आयात के लिए लाइसेंस दिए हैं।')).toBe(false);
    expect(
      looksEnglish(
        'La Chine a accordé des licences à certaines entreprises indiennes pour importer des aimants.',
      ),
    ).toBe(false);
  });
});
