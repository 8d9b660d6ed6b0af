/**
 * Session 16's recall rules (issue #7, paraphrases and topics; ADR 0041 round 20). Sentences written
 * for the rules (not from the eval corpus), each checked to fail without its rule or entry.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { factById, matcher } from './claims-of';

/** The term cards overlapping `quote` in `text` (fact ids). */
function cardsOver(text: string, quote: string, published = '2025-11-20'): string[] {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  return annotateText(text, { matcher, factById, published })
    .filter((a) => a.kind === 'term' && a.start < at + quote.length && at < a.end)
    .map((a) => a.factIds[0] as string);
}

describe('a topic the event is related to may stand inside its card as the object of its words', () => {
  it('“halted fertilizer exports”: the suspension carded beside the topic it acts on', () => {
    const text =
      'China has halted fertilizer exports to all markets from Oct. 15 until further notice, traders in Mumbai said.';
    const cards = cardsOver(text, 'halted fertilizer exports');
    expect(cards).toContain('event.china-fertiliser-export-suspension-oct-2025');
    expect(cards).toContain('topic.china-fertiliser-exports-india');
  });
  it('the topic before the event’s words is the clause’s subject: no card of the event over it', () => {
    const text =
      'Chinese rare-earth magnets slowed to a trickle after Beijing imposed export licensing in April, carmakers said.';
    expect(cardsOver(text, 'slowed to a trickle')).not.toContain('instrument.mofcom-announcement-18-2025');
  });
});

describe('fact base 1.2.19: “South Korea” is a word of the Busan meeting’s own (its keywords)', () => {
  it('“Trump and Xi Jinping are scheduled to meet in South Korea”: a card between the leaders’ names', () => {
    const text =
      'Presidents Donald Trump and Xi Jinping are scheduled to meet in South Korea on Thursday to weigh the package of rare-earth measures.';
    expect(cardsOver(text, 'meet in South Korea', '2025-10-28')).toContain('event.trump-xi-busan-meeting');
  });
});

describe('an act of saying named by its content’s alias is carded on its verb too (“assured … that …”)', () => {
  it('“Wang had assured Jaishankar that China was addressing … tunnel-boring machines”: a card on “assured”', () => {
    const text =
      'An Indian official said Wang had assured Jaishankar that China was addressing India’s needs for fertilisers, rare earths and tunnel-boring machines.';
    expect(cardsOver(text, 'assured')).toContain('event.wang-yi-assurance-fertilisers-rare-earths-tbms');
  });
  it('the alias outside a that-clause of the verb (“assured reporters …; the machines …”) gives no verb card', () => {
    const text =
      'Chinese officials assured reporters on Monday; separately, Beijing said shipments of tunnel-boring machines would resume.';
    expect(cardsOver(text, 'assured')).toEqual([]);
  });
});
