/**
 * Session 12's recall rules (issue #7, paraphrase; ADR 0041 round 16). Sentences written for the
 * rules (not from the eval corpus), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { factById, matcher } from './claims-of';

/** The term cards over `quote` in `text` (fact ids of cards that overlap it). */
function cardsOver(text: string, quote: string, published = '2025-11-20'): string[] {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  return annotateText(text, { matcher, factById, published })
    .filter((a) => a.kind === 'term' && a.start < at + quote.length && at < a.end)
    .map((a) => a.factIds[0] as string);
}

describe('fact-base synonyms: “deal” for the patrolling agreement, “confrontation” for the standoff and the clash', () => {
  it('“a deal on patrolling” with no date is carded as the October 2024 agreement', () => {
    const text =
      'Modi and Xi met in Kazan. Trade between the neighbours picked up after a deal on patrolling the contested frontier eased tensions.';
    expect(cardsOver(text, 'deal on patrolling')).toContain('event.lac-patrolling-agreement-2024');
  });
  it('“eyeball-to-eyeball confrontation in eastern Ladakh” is carded as the standoff', () => {
    const text =
      'The Galwan clash is still studied. Defence planners also study the eyeball-to-eyeball confrontation in eastern Ladakh for its lessons.';
    expect(cardsOver(text, 'eyeball-to-eyeball confrontation')).toContain('event.lac-standoff-2020');
  });
  it('“confrontation … in the Galwan Valley” is carded as the clash, beside the valley’s own card', () => {
    const text =
      'The Ladakh standoff is still studied. A memorial now honours the soldiers who died in the confrontation with Chinese troops in the Galwan Valley.';
    expect(cardsOver(text, 'confrontation with Chinese troops')).toContain('event.galwan-clash');
  });
});

describe('fact-base synonym: “heads of state” for the leaders of a Modi–Xi meeting (Chinese state wording)', () => {
  it('“the two heads of state met in Kazan” is carded as the Kazan meeting, not only as the city', () => {
    const text =
      'The Galwan clash is long past. Exchanges have grown since the two heads of state met in Kazan, Russia, last year.';
    expect(cardsOver(text, 'heads of state met', '2025-07-14')).toContain('event.kazan-modi-xi-meeting');
  });
});
