/**
 * Session 13's paraphrase rules (issue #7, paraphrase; ADR 0041 round 17). Sentences written for
 * the rules (not from the eval corpus), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { factById, matcher } from './claims-of';

/** The term cards over `quote` in `text` (fact ids of cards that overlap it). */
function cardsOver(text: string, quote: string, published = '2025-10-20'): string[] {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  return annotateText(text, { matcher, factById, published })
    .filter((a) => a.kind === 'term' && a.start < at + quote.length && at < a.end)
    .map((a) => a.factIds[0] as string);
}

/** The quotes of the term cards of `fact` in `text`. */
function quotesOf(text: string, fact: string, published = '2025-10-20'): string[] {
  return annotateText(text, { matcher, factById, published })
    .filter((a) => a.kind === 'term' && a.factIds.includes(fact))
    .map((a) => a.quote);
}

describe('a participant’s name in the possessive is a word of the event’s noun phrase (“Wang Yi’s trip”)', () => {
  it('“Wang Yi’s trip to New Delhi” is carded as the August 2025 visit, on “trip”', () => {
    const text =
      'The Depsang patrols resumed last year. Importers took heart after Wang Yi’s trip to New Delhi, traders in Mumbai said.';
    expect(cardsOver(text, 'trip to New Delhi')).toContain('event.wang-yi-india-visit-aug-2025');
    // The card runs on to the place the trip went to (ADR 0065's visit rule: "trip to New Delhi").
    expect(quotesOf(text, 'event.wang-yi-india-visit-aug-2025')).toEqual(['trip to New Delhi']);
  });
  it('a name beside a verb is still not a word of the event (“Wang Yi visited”)', () => {
    const text =
      // Without the place visited: with it, the place decides the visit (ADR 0065, venue-card.ts).
      'The Depsang patrols resumed last year. Importers took heart when Wang Yi visited, traders in Mumbai said.';
    expect(cardsOver(text, 'visited')).not.toContain('event.wang-yi-india-visit-aug-2025');
  });
});

describe('fact base 1.2.15: “restrictions on rare earths” beside “curbs on rare earths” (the export-control topic)', () => {
  it('“China’s restrictions on rare earths” is carded as the topic', () => {
    const text =
      'Carmakers in Pune say they have been hurt by China’s restrictions on rare earths for months.';
    expect(cardsOver(text, 'restrictions on rare earths')).toContain(
      'topic.china-rare-earth-export-controls',
    );
  });
});

describe('fact base 1.2.15: the suspension notice’s cue in the progressive (“it was suspending”)', () => {
  it('“it was suspending a package of export controls on rare earths” is carded as Announcement No. 70', () => {
    const text =
      'BEIJING - The commerce ministry said on Friday it was suspending a package of export controls on rare earths and lithium batteries for a year.';
    expect(cardsOver(text, 'suspending', '2025-11-08')).toContain('instrument.mofcom-announcement-70-2025');
  });
});
