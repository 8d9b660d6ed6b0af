/**
 * A figure a pair changes that the claim engine ties on neither side, read in its article's
 * context (ADR 0022, fifth round; context-figures.ts): the sentence before names what the
 * figure counts, and a sentence with two figures has the changed one read on its own.
 */
import { describe, expect, it } from 'vitest';
import { bundledBase } from '../../../scripts/compare';
import { readFigureInContext } from '../../../src/core/compare/context-figures';
import { compareArticles } from '../../../src/core/compare/index';

const factBase = bundledBase();
const lead = "Pilgrims for this summer's Kailash Mansarovar Yatra were picked by lottery in Delhi.";
// No word of the draw here: the claim engine alone does not tie the figure (its cue needs one).
const figure = (n: string) => `In all, ${n} applicants took part, an official said.`;
const tail = 'The pilgrims will leave in small groups later in the season.';
const article = (n: string) => ({ text: [lead, figure(n), tail].join(' '), published: '2025-05-21' });

describe('a changed figure read in its context', () => {
  it('reports a conflict when each side ties its figure only with the sentence before', () => {
    // Alone, neither sentence ties its figure: it names no pilgrimage.
    const alone = compareArticles(
      { text: figure('5,561'), published: '2025-05-21' },
      { text: figure('4,900'), published: '2025-05-21' },
      { factBase },
    );
    expect(alone.pairs).toHaveLength(1);
    expect(alone.conflicts).toEqual([]);
    const r = compareArticles(article('5,561'), article('4,900'), { factBase });
    expect(r.conflicts.map((c) => [c.factId, c.a.quote, c.b.quote, c.supports])).toEqual([
      ['quantity.kailash-yatra-2025-applicants', '5,561 applicants', '4,900 applicants', 'a'],
    ]);
    // Swapping the articles swaps the sides.
    const s = compareArticles(article('4,900'), article('5,561'), { factBase });
    expect(s.conflicts.map((c) => [c.a.quote, c.b.quote, c.supports])).toEqual([
      ['4,900 applicants', '5,561 applicants', 'b'],
    ]);
  });

  it('reports nothing when the figures agree, or when only one side can be read', () => {
    expect(compareArticles(article('5,561'), article('5,561'), { factBase }).conflicts).toEqual([]);
    // B's sentence before is about something else: B's figure is tied to no fact.
    const b = {
      text: ['The weather in the hills was fine.', figure('4,900'), tail].join(' '),
      published: '2025-05-21',
    };
    expect(compareArticles(article('5,561'), b, { factBase }).conflicts).toEqual([]);
  });

  it('reads the changed figure of a sentence that gives two, without the other', () => {
    const sentence = 'Officials picked 750 pilgrims from 5,651 applicants.';
    const read = readFigureInContext(sentence, lead, '5651', factBase, '2025-05-21');
    expect(read?.factId).toBe('quantity.kailash-yatra-2025-applicants');
    expect(read?.quote).toBe('5,651 applicants');
    expect(read?.resolved).toBe('5,651 people');
    // A date is not a figure: left to the reading across a pair (across.ts).
    expect(
      readFigureInContext('The draw was held on May 21.', lead, '21', factBase, '2025-05-21'),
    ).toBeNull();
  });
});
