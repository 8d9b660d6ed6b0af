/**
 * Paraphrased events the dev gold lists (issue #7, class paraphrase; ADR 0096), with sentences
 * written for the rules (not from the eval corpus). Each positive test fails without its rule;
 * each negative one shows the words stay uncarded where the rule's evidence is missing.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { annotationsOn, factById, matcher } from './claims-of';

const APRIL = 'instrument.mofcom-announcement-18-2025';

const termsOn = (text: string, quote: string, published: string) =>
  annotationsOn(text, quote, published)
    .filter((a) => a.kind === 'term')
    .map((a) => ({ quote: a.quote, fact: a.factIds[0] }));

describe('a cue split by its own agreeing date: the words before the date (cue-over-date.ts)', () => {
  it('“the licensing system Beijing introduced in April on seven … rare earths” is April’s controls', () => {
    const text =
      'The pause does not reach the licensing system Beijing introduced in April on seven medium and heavy rare earths.';
    expect(termsOn(text, 'licensing system Beijing introduced', '2025-11-08')).toContainEqual({
      quote: 'licensing system Beijing introduced',
      fact: APRIL,
    });
  });
  it('“the licensing regime Beijing imposed on April 4 for …” ends before the preposition', () => {
    const text =
      'The licensing regime Beijing imposed on April 4 for seven medium and heavy rare earths remains in force.';
    expect(termsOn(text, 'licensing regime Beijing imposed', '2025-11-08')).toContainEqual({
      quote: 'licensing regime Beijing imposed',
      fact: APRIL,
    });
  });
  it('a date that disagrees with the record gives the words no card', () => {
    const text =
      'The pause does not reach the licensing system Beijing introduced in June on seven medium and heavy rare earths.';
    expect(termsOn(text, 'licensing system Beijing introduced', '2025-11-08')).toEqual([]);
  });
  it('a date that modifies another noun (“separate from the April regime”) gives the words before it no card', () => {
    const text = 'Those licensing measures are separate from the April regime for seven rare earths.';
    expect(termsOn(text, 'licensing measures are separate', '2025-11-08')).toEqual([]);
  });
  it('adds no differs', () => {
    const text =
      'The pause does not reach the licensing system Beijing introduced in April on seven medium and heavy rare earths.';
    expect(
      annotateText(text, { matcher, factById, published: '2025-11-08' }).filter(
        (a) => a.verdict === 'differs',
      ),
    ).toEqual([]);
  });
});

describe('a paraphrase whose cue is its participants’ titles: the clause’s verb after a name (card-span.ts)', () => {
  const TALKS = 'event.misri-sun-weidong-beijing-jan-2025';
  it('“Vikram Misri met … Sun Weidong in Beijing in January”: the card goes on “met”', () => {
    const text =
      'The decision was taken when Foreign Secretary Vikram Misri met Chinese Vice Foreign Minister Sun Weidong in Beijing in January.';
    expect(termsOn(text, 'met', '2025-07-01')).toContainEqual({ quote: 'met', fact: TALKS });
  });
  it('a verb that is none of the event’s words (“phoned”) gets no card', () => {
    const text =
      'The decision was taken when Foreign Secretary Vikram Misri phoned Chinese Vice Foreign Minister Sun Weidong in Beijing in January.';
    expect(termsOn(text, 'phoned', '2025-07-01')).toEqual([]);
  });
});
