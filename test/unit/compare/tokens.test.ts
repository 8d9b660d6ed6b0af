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
