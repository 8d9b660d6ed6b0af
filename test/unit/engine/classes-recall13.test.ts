/**
 * Session 11's recall rule (issue #7; ADR 0041): own places and actors named inside an event's
 * name get their own cards. Sentences written for the rule (not from the eval corpus), each
 * checked to fail without it.
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

describe('an event’s own place after a preposition inside its name is carded as the place', () => {
  it('“the BRICS summit in Kazan”: the meeting’s card, and Kazan’s card on the city', () => {
    const text =
      'Officials from both sides pointed to the BRICS summit in Kazan as the moment the thaw began in earnest.';
    expect(termsOn(text, 'BRICS summit in Kazan')).toEqual(['event.kazan-modi-xi-meeting']);
    expect(termsOn(text, 'Kazan')).toEqual(['place.kazan']);
  });
  it('“disengagement from Depsang and Demchok”: both places, the second after “and”', () => {
    const text = 'Army officers said the disengagement from Depsang and Demchok went ahead without incident.';
    expect(termsOn(text, 'Depsang')).toEqual(['place.depsang']);
    expect(termsOn(text, 'Demchok')).toEqual(['place.demchok']);
  });
  it('a name that modifies the event’s noun (“the Kazan meeting”) stays inside the event’s card', () => {
    const text = 'Diplomats still describe the Kazan meeting as the turning point for both capitals.';
    expect(termsOn(text, 'Kazan')).toEqual([]);
  });
});
