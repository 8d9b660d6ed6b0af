/**
 * Session 11's second recall rule (issue #7; ADR 0041 round 2): the topic an event is part of,
 * written inside the event's name as a preposition's complement, gets its own card. Sentences
 * written for the rule (not from the eval corpus), each checked to fail without it.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { factById, matcher } from './claims-of';

/** The term cards exactly on `quote` in `text` (fact ids). */
function termsOn(text: string, quote: string): string[] {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  return annotateText(text, { matcher, factById, published: '2025-11-20' })
    .filter((a) => a.kind === 'term' && a.start === at && a.end === at + quote.length)
    .map((a) => a.factIds[0] as string);
}

describe('the topic an event is part of, inside its name after a preposition, is carded as the topic', () => {
  it('“the 23rd meeting of the Special Representatives”: the round’s card, and the mechanism’s inside it', () => {
    const text =
      'Analysts in both capitals said the 23rd meeting of the Special Representatives on the boundary question had set a calmer tone.';
    expect(termsOn(text, '23rd meeting of the Special Representatives')).toEqual(['event.sr-talks-23rd']);
    expect(termsOn(text, 'Special Representatives')).toEqual(['topic.special-representatives-mechanism']);
  });
  it('“talks between the special representatives”: after “between” too', () => {
    const text =
      'Officials said the 24th round of talks between the special representatives produced an expert group on delimitation.';
    expect(termsOn(text, 'special representatives')).toEqual(['topic.special-representatives-mechanism']);
  });
});
