/**
 * Session 14's recall rules (issue #7, terms and paraphrases; ADR 0041 round 18). Sentences written
 * for the rules (not from the eval corpus), each checked to fail without its rule or entry.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { factById, matcher } from './claims-of';

/** The term cards exactly on `quote` in `text` (fact ids). */
function termsOn(text: string, quote: string, published = '2025-11-20'): string[] {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  return annotateText(text, { matcher, factById, published })
    .filter((a) => a.kind === 'term' && a.start === at && a.end === at + quote.length)
    .map((a) => a.factIds[0] as string);
}

describe('an organisation that modifies its gathering’s noun gets its own card (“the BRICS summit in Kazan”)', () => {
  it('“BRICS” inside “the BRICS summit in Kazan” is carded as BRICS, the event keeps its card', () => {
    const text =
      'Diplomats in New Delhi still date the thaw to the BRICS summit in Kazan, where the two leaders spoke for almost an hour.';
    expect(termsOn(text, 'BRICS summit in Kazan')).toEqual(['event.kazan-modi-xi-meeting']);
    expect(termsOn(text, 'BRICS')).toEqual(['org.brics']);
  });
  it('“SCO” inside “the SCO summit” (Tianjin in the paragraph) is carded as the SCO', () => {
    const text =
      'Tianjin is preparing to host leaders from across Eurasia. Security was tightened ahead of the SCO summit, officials said.';
    expect(termsOn(text, 'SCO summit')).toEqual(['event.sco-summit-tianjin-2025']);
    expect(termsOn(text, 'SCO')).toEqual(['org.sco']);
  });
  it('a place in the same position stays inside the event’s card (“the Kazan meeting”)', () => {
    const text = 'Diplomats still describe the Kazan meeting as the turning point for both capitals.';
    expect(termsOn(text, 'Kazan')).toEqual([]);
  });
});

describe('an event named by its place after a preposition its own word governs (“met in Kazan”)', () => {
  const text =
    'Prime Minister Narendra Modi and President Xi Jinping met in Kazan last October. Officials recalled their meeting in the Russian city of Kazan. Diplomats say Kazan changed the tone.';
  it('“met in Kazan”: the meeting’s card on “met in Kazan”, the city’s card on “Kazan”', () => {
    expect(termsOn(text, 'met in Kazan')).toEqual(['event.kazan-modi-xi-meeting']);
    expect(termsOn(text, 'Kazan')).toEqual(['place.kazan']);
  });
  it('“their meeting in the Russian city of Kazan”: the meeting from its noun, the city inside', () => {
    expect(termsOn(text, 'meeting in the Russian city of Kazan')).toEqual(['event.kazan-modi-xi-meeting']);
  });
  it('the bare name that stands for the event (“Kazan changed the tone”) stays the meeting', () => {
    const at = text.lastIndexOf('Kazan');
    const cards = annotateText(text, { matcher, factById, published: '2025-11-20' }).filter(
      (a) => a.kind === 'term' && a.start === at,
    );
    expect(cards.map((a) => a.factIds[0])).toEqual(['event.kazan-modi-xi-meeting']);
  });
  it('a verb that is not the event’s own (“arrived in Kazan”) leaves the name as it was', () => {
    const other = 'Prime Minister Narendra Modi arrived in Kazan on Tuesday to meet President Xi Jinping.';
    expect(termsOn(other, 'Kazan')).toEqual(['event.kazan-modi-xi-meeting']);
  });
});

describe('the topic an event is part of, inside its name after a preposition, is carded as the topic (round 2 restored)', () => {
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

describe('fact base 1.2.17: “permanent magnets” (any material) is not the rare-earth magnets topic', () => {
  it('“94% of the world’s permanent magnets” beside rare earths gets no topic card', () => {
    const text =
      'China refines about 90% of the world’s rare earths and makes some 94% of the world’s permanent magnets, the agency says.';
    expect(termsOn(text, 'permanent magnets')).toEqual([]);
  });
  it('“rare-earth permanent magnets” still is', () => {
    const text =
      'Indian carmakers are short of rare-earth permanent magnets after China’s curbs on rare earths.';
    expect(termsOn(text, 'rare-earth permanent magnets')).toEqual(['topic.rare-earth-magnets-india']);
  });
});
