/**
 * Session 19's recall rules (issue #7, paraphrases; ADR 0041 round 23). Sentences written for the
 * rules (not from the eval corpus), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { factById, matcher } from './claims-of';

const YATRA = 'event.kailash-mansarovar-yatra-2025';

/** A lead that makes the page one about the fact base's topics (names are carded only on such pages). */
const LEAD = 'The Galwan clash of 2020 still shapes the relationship.\n\n';

/** The facts of the term cards overlapping `quote` in `sentence` (after LEAD). */
function factsOver(sentence: string, quote: string, published = '2025-09-10'): string[] {
  const text = LEAD + sentence;
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  return annotateText(text, { matcher, factById, published })
    .filter((a) => a.kind === 'term' && a.start < at + quote.length && at < a.end)
    .map((a) => a.factIds[0] as string);
}

describe('an event named in the same clause after a date of the card’s own event does not veto it', () => {
  const CARD = 'returned to the sacred mountain';
  it('the pilgrimage by its keywords, its own date between it and the visas’ name', () => {
    const text =
      'Contacts widened as pilgrims from India returned to the sacred mountain and lake in Xizang this summer and New Delhi resumed tourist visas for Chinese citizens in late July.';
    expect(factsOver(text, CARD)).toContain(YATRA);
  });
  it('without the date between, the other event’s name still leaves the words ambiguous', () => {
    const bare =
      'Contacts widened as pilgrims from India returned to the sacred mountain and lake in Xizang and New Delhi resumed tourist visas for Chinese citizens in late July.';
    expect(factsOver(bare, CARD)).not.toContain(YATRA);
  });
  it('nor with the other event named before the card and the date after it', () => {
    const after =
      'Contacts widened as New Delhi resumed tourist visas for Chinese citizens and pilgrims from India returned to the sacred mountain and lake in Xizang this summer.';
    expect(factsOver(after, CARD)).not.toContain(YATRA);
  });
});
