/**
 * A name spelled out in one article and written as its acronym in the other share a
 * feature (ADR 0022, fifth round; tokens.ts initialsOf), and "overseas" / "abroad" fold.
 */
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/core/compare/index';
import { initialsOf, tokenize } from '../../../src/core/compare/tokens';

describe('acronyms and the names they stand for', () => {
  it('gives the initials of names of three capitalised words or more', () => {
    expect(initialsOf('The World Health Organization warned on Monday.')).toEqual(['who']);
    expect(initialsOf('Talks on the Line of Actual Control resumed.')).toEqual(['lac']);
    expect(initialsOf('In April 2022, the Asian Development Bank said so.')).toEqual(['adb']);
    // Two words, or capitalised function words, make no acronym.
    expect(initialsOf('New Delhi said The talks went well.')).toEqual([]);
    expect(initialsOf('A ship sailed from Port Said.')).toEqual([]);
  });

  it('makes the acronym and the spelled-out name one feature', () => {
    const spelled = tokenize('The European Space Agency launched the probe.').map((t) => t.key);
    const short = tokenize('ESA launched the probe.').map((t) => t.key);
    expect(spelled).toContain('esa');
    expect(short).toContain('esa');
  });

  it('pairs sentences linked by an acronym and little else', () => {
    const a = [
      'The city hosted the regional summit on Tuesday.',
      'Delegates from the Asian Development Bank praised the new harbour.',
      'Hotels were fully booked for the week.',
    ].join(' ');
    const b = [
      'The city hosted the regional summit on Tuesday.',
      'ADB officials praised the port, which opened in March.',
      'Hotels were fully booked for the week.',
    ].join(' ');
    const r = compareArticles(a, b);
    expect(r.pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });

  it('folds "overseas" and "abroad"', () => {
    const x = tokenize('She is leaving for a posting overseas.').map((t) => t.key);
    const y = tokenize('She is leaving for a posting abroad.').map((t) => t.key);
    expect(x).toEqual(y);
  });
});
