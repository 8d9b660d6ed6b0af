import { describe, expect, it } from 'vitest';
import { paragraphs, sentences, spanAt } from '../../../src/core/match/sentences';

const split = (t: string) => sentences(t).map((s) => t.slice(s.start, s.end));

describe('sentences', () => {
  it('splits on terminal punctuation followed by a capital', () => {
    expect(split('China acted. India responded! Why? Nobody knows.')).toEqual([
      'China acted.',
      'India responded!',
      'Why?',
      'Nobody knows.',
    ]);
  });

  it('keeps abbreviations, initials and decimals inside a sentence', () => {
    expect(
      split('Col. B. Santosh Babu led the unit. Announcement No. 18 took effect on Apr. 4 with 3.5 t.'),
    ).toEqual([
      'Col. B. Santosh Babu led the unit.',
      'Announcement No. 18 took effect on Apr. 4 with 3.5 t.',
    ]);
  });

  it('ends a sentence after closing quotes', () => {
    expect(split('He said, “We confirm it.” Then he left.')).toEqual([
      'He said, “We confirm it.”',
      'Then he left.',
    ]);
  });

  it('never crosses a paragraph break, and a lower-case word does not start a sentence', () => {
    expect(split('A heading\nThe text. it goes on')).toEqual(['A heading', 'The text. it goes on']);
  });

  it('finds paragraphs and the span at a position', () => {
    const t = ' one \n\n two ';
    const ps = paragraphs(t);
    expect(ps.map((p) => t.slice(p.start, p.end))).toEqual(['one', 'two']);
    expect(spanAt(ps, t.indexOf('two'))).toBe(1);
    expect(spanAt(ps, 0)).toBe(-1);
  });
});
