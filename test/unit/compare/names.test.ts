/**
 * Weak pairs on a person's name alone (ADR 0022, fourth round): two sentences that share
 * little but a person both mention ("…," Modi remarked / Modi is on a trip…) say different
 * things; a weak pair needs more than a third of its shared weight from something else.
 */
import { describe, expect, it } from 'vitest';
import { bundledBase } from '../../../scripts/compare';
import { compareArticles } from '../../../src/core/compare/index';

const factBase = bundledBase();
const a = [
  'Prime Minister Narendra Modi and President Xi Jinping met in Kazan on October 23 on the sidelines of the BRICS summit.',
  'Modi and Xi agreed that the Special Representatives should meet soon to discuss the boundary question.',
];
const b = [
  'Modi and Xi held talks in Kazan on October 23 during the BRICS summit.',
  'The two leaders agreed that their Special Representatives on the boundary question would meet at an early date.',
];
const run = (x: string, y: string) =>
  compareArticles(
    { text: [...a, x].join(' '), published: '2024-10-24' },
    { text: [...b, y].join(' '), published: '2024-10-24' },
    { factBase },
  );

describe('weak pairs on names alone', () => {
  it('leaves two last sentences unpaired when they share only the person and a common word', () => {
    const r = run(
      '"We are meeting formally after five years," Modi remarked during the talks.',
      'Modi is on a two-day trip to Russia for the summit.',
    );
    expect(r.pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(r.onlyA).toEqual([2]);
    expect(r.onlyB).toEqual([2]);
  });

  it('still pairs them when they also share what was said', () => {
    const r = run(
      'Modi later flew on to Moscow for a two-day trip to Russia.',
      'Modi is on a two-day trip to Russia for the summit.',
    );
    expect(r.pairs.map((p) => [p.a, p.b])).toContainEqual([2, 2]);
  });
});
