import { describe, expect, it } from 'vitest';
import { acronymSpansDefinedOtherwise } from '../../../src/core/claims/other-bearer';
import type { Fact } from '../../../src/core/facts/schema';
import { paragraphs, sentences } from '../../../src/core/match/sentences';

/** ADR 0111: work done once per text, and patterns screened by what every match holds. */
describe('kept paragraphs and sentences', () => {
  const texts = [
    'Troops clashed on June 15, 2020. Twenty soldiers died.\nTalks began on June 6.',
    'Beijing paused the controls. They had begun in April!\n\n  A second paragraph.  ',
    'Mr. Modi met Xi in Kazan. "It was the first meeting," he said.',
    'One line only',
    '',
    '\n \n',
  ];
  // What a fresh split gives: each text read after five others, so that none is kept.
  const fresh = (split: (t: string) => readonly unknown[], t: string) => {
    for (let k = 0; k < 5; k++) split(`filler ${k}. Another.`);
    return JSON.stringify(split(t));
  };
  it('gives each text its own spans, warm or cold, whatever was asked before', () => {
    for (const split of [paragraphs, sentences]) {
      const cold = texts.map((t) => fresh(split, t));
      for (let round = 0; round < 3; round++)
        for (const [i, t] of texts.entries()) expect(JSON.stringify(split(t))).toBe(cold[i]);
      // Equal text built apart (another string) is the same text.
      expect(JSON.stringify(split(texts[0]?.split('').join('') as string))).toBe(cold[0]);
    }
  });
  it('keeps texts that differ only late apart', () => {
    const a = `${'x'.repeat(50)}. Then a.`;
    const b = `${'x'.repeat(50)}. Then b. And c.`;
    expect(sentences(a)).toHaveLength(2);
    expect(sentences(b)).toHaveLength(3);
    expect(sentences(a)).toHaveLength(2);
  });
  it('returns the same spans again for the same text (shared, not rebuilt)', () => {
    const t = 'A first sentence. A second one.\nA paragraph.';
    expect(sentences(t)).toBe(sentences(t));
    expect(paragraphs(t)).toBe(paragraphs(t));
  });
});

describe('acronyms spelled out as something else: screened before the patterns', () => {
  const lac = {
    id: 'place.lac',
    kind: 'place',
    title: 'Line of Actual Control',
    aliases: [{ text: 'Line of Actual Control' }, { text: 'LAC' }],
  } as unknown as Fact;
  const factsOf = (a: string) => (a === 'LAC' ? [lac] : []);
  it('still reads a definition after the name and before it', () => {
    expect(
      acronymSpansDefinedOtherwise('The Lakeview Athletic Club (LAC) won. LAC fans cheered.', factsOf),
    ).toEqual(['28:31', '38:41']);
    expect(acronymSpansDefinedOtherwise('LAC (Lakeview Athletic Club) won; LAC again.', factsOf)).toEqual([
      '0:3',
      '34:37',
    ]);
    expect(acronymSpansDefinedOtherwise('LAC\n(Lakeview Athletic Club) won.', factsOf)).toEqual(['0:3']);
  });
  it('reads nothing where no acronym stands beside a parenthesis', () => {
    expect(
      acronymSpansDefinedOtherwise('The Lakeview Athletic Club (a club) won at the LAC.', factsOf),
    ).toEqual([]);
    expect(acronymSpansDefinedOtherwise('The Line of Actual Control (LAC) is long.', factsOf)).toEqual([]);
  });
});
