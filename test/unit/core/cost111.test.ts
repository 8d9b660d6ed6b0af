import { describe, expect, it } from 'vitest';
import { acronymSpansDefinedOtherwise } from '../../../src/core/claims/other-bearer';
import { contextBefore, paragraphChunks } from '../../../src/core/compare/facts';
import type { Fact } from '../../../src/core/facts/schema';
import { paragraphs, sentences, TextSpans } from '../../../src/core/match/sentences';

/**
 * ADR 0111: work done once per text, and patterns screened by what every match holds. ADR 0121: the
 * spans kept per text are a value (TextSpans) made by the caller for one analysis, not a module's memo.
 */
describe('paragraphs and sentences split once per text, kept by the caller', () => {
  const texts = [
    'Troops clashed on June 15, 2020. Twenty soldiers died.\nTalks began on June 6.',
    'Beijing paused the controls. They had begun in April!\n\n  A second paragraph.  ',
    'Mr. Modi met Xi in Kazan. "It was the first meeting," he said.',
    'One line only',
    '',
    '\n \n',
  ];
  it('gives each text the spans a fresh split gives', () => {
    for (const t of texts) {
      const kept = new TextSpans(t);
      for (let round = 0; round < 3; round++) {
        expect(kept.paragraphs()).toEqual(paragraphs(t));
        expect(kept.sentences()).toEqual(sentences(t));
      }
    }
    expect(sentences(texts[0] as string)).toEqual([
      { start: 0, end: 32 },
      { start: 33, end: 54 },
      { start: 55, end: 77 },
    ]);
  });
  it('splits once: the same spans again from the same TextSpans (shared, not rebuilt)', () => {
    const kept = new TextSpans('A first sentence. A second one.\nA paragraph.');
    expect(kept.sentences()).toBe(kept.sentences());
    expect(kept.paragraphs()).toBe(kept.paragraphs());
  });
  it('keeps nothing in the module: each call of paragraphs() and sentences() splits anew', () => {
    const t = 'A first sentence. A second one.\nA paragraph.';
    expect(sentences(t)).not.toBe(sentences(t));
    expect(paragraphs(t)).not.toBe(paragraphs(t));
    // Two TextSpans of one text share nothing either.
    expect(new TextSpans(t).sentences()).not.toBe(new TextSpans(t).sentences());
  });
  it('keeps texts that differ only late apart', () => {
    const a = `${'x'.repeat(50)}. Then a.`;
    const b = `${'x'.repeat(50)}. Then b. And c.`;
    expect(new TextSpans(a).sentences()).toHaveLength(2);
    expect(new TextSpans(b).sentences()).toHaveLength(3);
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

describe("a compare chunk's context from the text's paragraphs, split once (ADR 0121)", () => {
  it('is the last paragraph before the chunk, as a split of the text up to the chunk gives it', () => {
    const text = [
      'Lead paragraph one. It says a lot.',
      '  Second paragraph, indented.  ',
      '',
      'Third.\n \nFourth paragraph is here. With two sentences.',
      'Fifth and last.',
    ].join('\n');
    const paras = paragraphs(text);
    for (const chars of [1, 20, 40, 80, 1000]) {
      const chunks = paragraphChunks(text, chars, paras);
      expect(chunks).toEqual(paragraphChunks(text, chars));
      for (let k = 0; k < chunks.length; k++)
        expect(contextBefore(text, chunks, k, paras)).toEqual(contextBefore(text, chunks, k));
    }
  });
});
