/**
 * Border and diplomacy events named without the fact base's phrases (issue #7, class paraphrase;
 * ADR 0065), with sentences written for the rules (not from the eval corpus). Each positive test
 * fails without its rule or fact-base alias; each negative one shows the words elsewhere stay as
 * they were.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { factById, matcher } from './claims-of';

const annotate = (text: string, published: string) => annotateText(text, { matcher, factById, published });

/** The fact ids of the cards whose quote overlaps `quote` in `text`. */
function cardsOn(text: string, quote: string, published = '2025-09-20'): string[] {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  const end = at + quote.length;
  return annotate(text, published)
    .filter((a) => a.start < end && a.end > at)
    .flatMap((a) => a.factIds);
}

/** The claim on `quote` in `text`: its fact and verdict, or null. */
function claimOn(text: string, quote: string, published: string) {
  const c = annotate(text, published).find((a) => a.kind === 'claim' && a.quote === quote);
  return c ? { fact: c.factIds[0], verdict: c.verdict } : null;
}

describe('a visit named by who went where (venue-card.ts)', () => {
  it('“Wang Yi’s trip to New Delhi” is his August visit, not Jaishankar’s to China', () => {
    const text =
      'Beijing eased some fertiliser shipments after Wang Yi’s trip to New Delhi, where he told Jaishankar that China would look at the requests.';
    expect(cardsOn(text, 'trip to New Delhi')).toContain('event.wang-yi-india-visit-aug-2025');
  });
  it('“a visit to New Delhi by Chinese Foreign Minister Wang Yi” is his visit', () => {
    const text =
      'The 24th round of Special Representatives talks was held on Aug. 19. The summit was preceded by a visit to New Delhi by Chinese Foreign Minister Wang Yi, who also called on the prime minister.';
    expect(cardsOn(text, 'visit to New Delhi')).toContain('event.wang-yi-india-visit-aug-2025');
  });
  it('the visitor going elsewhere gets no card of that visit', () => {
    const text =
      'Chinese Foreign Minister Wang Yi flew to Islamabad after the talks, where he met Pakistani officials on trade.';
    expect(cardsOn(text, 'flew to Islamabad')).not.toContain('event.wang-yi-india-visit-aug-2025');
  });
  it('a visit whose date stands in the clause keeps the date’s card there, and no other', () => {
    const text = 'Chinese Foreign Minister Wang Yi arrived in New Delhi on August 18 for two days of talks.';
    const cards = annotate(text, '2025-08-20').filter((a) =>
      a.factIds.includes('event.wang-yi-india-visit-aug-2025'),
    );
    expect(cards.map((a) => a.quote)).toContain('August 18');
    expect(cards.filter((a) => a.kind === 'term')).toEqual([]);
  });
});

describe('what a meeting agreed on is not the meeting (agreed-content.ts)', () => {
  it('“agreed … to bring the pilgrimage back this summer” does not date the June talks', () => {
    const text =
      'Foreign Secretary Vikram Misri and Vice Foreign Minister Sun Weidong agreed in Beijing in January to bring the pilgrimage back this summer.';
    expect(claimOn(text, 'this summer', '2025-07-01')?.fact).not.toBe(
      'event.misri-sun-weidong-delhi-jun-2025',
    );
    expect(claimOn(text, 'in January', '2025-07-01')).toEqual({
      fact: 'event.misri-sun-weidong-beijing-jan-2025',
      verdict: 'consistent',
    });
  });
  it('the date of the meeting itself after the complement stays the meeting’s', () => {
    const text =
      'Foreign Secretary Vikram Misri and Vice Foreign Minister Sun Weidong agreed to restore direct flights in January, during talks in Beijing.';
    expect(claimOn(text, 'in January', '2025-07-01')?.fact).toBe('event.misri-sun-weidong-beijing-jan-2025');
  });
});

describe('the standoff and the clash in words any outlet uses (fact-base aliases)', () => {
  it('“hand-to-hand fighting” in a paragraph about Ladakh is the Galwan clash', () => {
    const text =
      'The two armies have kept tens of thousands of troops in Ladakh since the hand-to-hand fighting of June 2020.';
    expect(cardsOn(text, 'hand-to-hand fighting')).toContain('event.galwan-clash');
  });
  it('“hand-to-hand combat” in a story about something else is not', () => {
    const text = 'The film ends with twenty minutes of hand-to-hand combat on a moving train.';
    expect(cardsOn(text, 'hand-to-hand combat')).not.toContain('event.galwan-clash');
  });
  it('“a military face-off” beside the LAC is the standoff', () => {
    const text = 'Patrols along the LAC were cut back during the military face-off, officials said.';
    expect(cardsOn(text, 'military face-off')).toContain('event.lac-standoff-2020');
  });
  it('“an eyeball-to-eyeball confrontation” in eastern Ladakh is the standoff', () => {
    const text = 'The pilgrimage stayed shut through the eyeball-to-eyeball confrontation in eastern Ladakh.';
    expect(cardsOn(text, 'eyeball-to-eyeball confrontation')).toContain('event.lac-standoff-2020');
  });
});

describe('a cue card beside a value inside its words (cue-cards.ts, clearOfValues)', () => {
  it('a date inside the cue’s words keeps its claim, and the talks get a card on the words beside it', () => {
    const text =
      'The first round of boundary talks since 2019 was held on Wednesday in Beijing, and both sides called it constructive.';
    expect(cardsOn(text, 'boundary talks', '2024-12-18')).toContain('event.sr-talks-23rd');
  });
});
