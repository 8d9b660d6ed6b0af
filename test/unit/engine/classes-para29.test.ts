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

describe('a recency word picks the newest of two measures cued by the same words (newest-of-kin.ts)', () => {
  const OCTOBER = 'instrument.mofcom-october-2025-controls';
  const APRIL = 'instrument.mofcom-announcement-18-2025';
  const text =
    'President Trump met Xi Jinping in Busan, and carmakers are still studying Beijing’s newest rare-earth restrictions.';
  it('“newest rare-earth restrictions” is carded as October’s controls', () => {
    expect(cards(text, '2025-10-31')).toContainEqual({
      quote: 'newest rare-earth restrictions',
      fact: OCTOBER,
      verdict: null,
    });
  });
  it('without the recency word the words say neither measure', () => {
    const plain = text.replace('newest ', '');
    const got = cards(plain, '2025-10-31').map((c) => c.fact);
    expect(got).not.toContain(OCTOBER);
    expect(got).not.toContain(APRIL);
  });
  it('a measure more than half a year old is not “newest”: no card', () => {
    expect(cards(text, '2026-08-01').map((c) => c.fact)).not.toContain(OCTOBER);
  });
  it('adds no differs', () => {
    expect(cards(text, '2025-10-31').filter((c) => c.verdict === 'differs')).toEqual([]);
  });
});

describe('a cue split by a comma that points back at its clause (cue-cards.ts, beforeBackReference)', () => {
  const AUGUST = 'event.china-urea-exports-india-aug-2025';
  const text =
    'Foreign Minister Wang Yi visited New Delhi in August. Beijing then cleared more urea for export, much of it expected to flow to India.';
  it('“cleared more urea for export, much of it … to India”: the card goes on the clause before the comma', () => {
    expect(cards(text, '2025-08-30')).toContainEqual({
      quote: 'cleared more urea',
      fact: AUGUST,
      verdict: null,
    });
  });
  it('a comma that opens another clause leaves the words uncarded', () => {
    const other = text.replace('much of it expected to flow to India', 'and prices fell in India');
    expect(cards(other, '2025-08-30').map((c) => c.fact)).not.toContain(AUGUST);
  });
  it('adds no differs', () => {
    expect(cards(text, '2025-08-30').filter((c) => c.verdict === 'differs')).toEqual([]);
  });
});
