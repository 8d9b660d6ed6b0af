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

  it('goes on after a time of day followed by its zone, day or date (ADR 0078)', () => {
    expect(
      split(
        'The flight left at around 10 p.m. Indian time on Oct. 26 bound for Guangzhou. It landed at 4 a.m. Sunday.',
      ),
    ).toEqual([
      'The flight left at around 10 p.m. Indian time on Oct. 26 bound for Guangzhou.',
      'It landed at 4 a.m. Sunday.',
    ]);
    expect(split('It left at 10 p.m. IST. Talks ran until 6.30 a.m. Oct. 27.')).toEqual([
      'It left at 10 p.m. IST.',
      'Talks ran until 6.30 a.m. Oct. 27.',
    ]);
  });

  it('ends a sentence at "p.m." before any other capitalised word', () => {
    expect(
      split(
        'The flight departed at 10 p.m. IndiGo plans more routes. Sunday was quiet at 9 a.m. Officials said so.',
      ),
    ).toEqual([
      'The flight departed at 10 p.m.',
      'IndiGo plans more routes.',
      'Sunday was quiet at 9 a.m.',
      'Officials said so.',
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
