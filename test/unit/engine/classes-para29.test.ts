/**
 * Paraphrased events the dev gold lists (issue #7, classes paraphrase and topic; ADR 0122), with
 * sentences written for the rules (not from the eval corpus). Each positive test fails without its
 * rule; each negative one shows the words stay uncarded where the rule's evidence is missing.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { factById, matcher } from './claims-of';

const cards = (text: string, published: string) =>
  annotateText(text, { matcher, factById, published }).map((a) => ({
    quote: a.quote,
    fact: a.factIds[0],
    verdict: a.verdict,
  }));

describe('a keyword reading held inside a stronger one over the same words (context.ts, strongerOverSameWords)', () => {
  const text =
    'China issued Announcement No. 70 on Nov. 7. The measures concern superhard materials, rare earth production equipment and auxiliary materials, lithium batteries and artificial graphite anode materials, rare earth technologies, and related extraterritorial provisions.';
  it('the list of items is the October controls’ coverage, not their taking effect: no card for the latter', () => {
    const got = cards(text, '2025-11-08');
    expect(got.map((c) => c.fact)).not.toContain('event.mofcom-october-2025-controls-effective');
    expect(got.map((c) => c.fact)).toContain('instrument.mofcom-october-2025-controls');
  });
  it('adds no differs', () => {
    expect(cards(text, '2025-11-08').filter((c) => c.verdict === 'differs')).toEqual([]);
  });
});
