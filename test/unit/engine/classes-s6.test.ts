/**
 * Session 6's engine rules (issue #7), each with sentences written for the rule (not from the
 * eval corpus), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { buildFactBase } from '../../../src/core/facts/factbase';

const { matcher, factById } = buildFactBase(BUNDLED_PACKS);
const claims = (text: string, published: string | null) =>
  annotateText(text, { matcher, factById, published })
    .filter((a) => a.kind === 'claim')
    .map((a) => ({
      quote: a.quote,
      verdict: a.verdict,
      fact: a.factIds[0],
      reasons: a.reasons.map((r) => r.code),
    }));
const claimAt = (text: string, published: string | null, quote: string) =>
  claims(text, published).find((c) => c.quote.includes(quote)) ?? null;

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
