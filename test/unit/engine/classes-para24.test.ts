/**
 * Events named without the fact base's phrases (issue #7, class paraphrase; ADR 0074), with
 * sentences written for the rules (not from the eval corpus). Each positive test fails without its
 * rule; each negative one shows the words elsewhere stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { factById, matcher } from './claims-of';

/** The fact ids of the cards whose quote overlaps `quote` in `text`. */
function cardsOn(text: string, quote: string, published: string): string[] {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  const end = at + quote.length;
  return annotateText(text, { matcher, factById, published })
    .filter((a) => a.start < end && a.end > at)
    .flatMap((a) => a.factIds);
}

const YATRA = 'event.kailash-mansarovar-yatra-2025';

describe('an event the talks before it deliberated on (context.ts, PROSPECT_WORDS)', () => {
  const lead = 'The Special Representatives of India and China met in Beijing on Wednesday. ';
  it('“discussed … the pilgrimage of Indian pilgrims to Xizang” months before it is the yatra', () => {
    const text = `${lead}Officials said the two sides discussed the pilgrimage of Indian pilgrims to Xizang at length.`;
    expect(cardsOn(text, 'pilgrimage of Indian pilgrims to Xizang', '2024-12-19')).toContain(YATRA);
  });
  it('“exchanged views on … pilgrimages by Indian pilgrims to Xizang” is the yatra', () => {
    const text = `${lead}They also exchanged views on trade and on pilgrimages by Indian pilgrims to Xizang.`;
    expect(cardsOn(text, 'pilgrimages by Indian pilgrims to Xizang', '2024-12-19')).toContain(YATRA);
  });
  it('the same words in a report of the past, before the event, stay uncarded', () => {
    const text = `${lead}Officials recalled the pilgrimage of Indian pilgrims to Xizang at length.`;
    expect(cardsOn(text, 'pilgrimage of Indian pilgrims to Xizang', '2024-12-19')).not.toContain(YATRA);
  });
});

describe('an act named by the figure it made known (figure-confirmed.ts)', () => {
  const ACK = 'event.china-acknowledges-galwan-deaths';
  const lead = 'Twenty Indian soldiers died in the Galwan Valley in June 2020. ';
  it('“China later acknowledged four deaths on its side” is the acknowledgement', () => {
    const text = `${lead}Much later, China acknowledged four deaths on its side.`;
    expect(cardsOn(text, 'China acknowledged', '2025-06-15')).toContain(ACK);
  });
  it('“acknowledged months afterwards that four of its soldiers had died” is the acknowledgement', () => {
    const text = `${lead}Beijing acknowledged months afterwards that four of its soldiers had died.`;
    expect(cardsOn(text, 'Beijing acknowledged months afterwards', '2025-06-15')).toContain(ACK);
  });
  it('a figure that disagrees with the record confirms nothing', () => {
    const text = `${lead}Much later, China acknowledged forty deaths on its side.`;
    expect(cardsOn(text, 'China acknowledged', '2025-06-15')).not.toContain(ACK);
  });
});

describe('the mechanism named by one of its two officials (fact base aliases)', () => {
  const SR = 'topic.special-representatives-mechanism';
  it('“China’s special representative on the boundary question” is the SR mechanism', () => {
    const text =
      'Wang Yi, who is also China’s special representative on the boundary question, arrived on Monday.';
    expect(cardsOn(text, 'special representative', '2025-08-20')).toContain(SR);
  });
  it('a special representative for something else is not', () => {
    const text =
      'The president named a former congressman as his special representative for Great Lakes fisheries.';
    expect(cardsOn(text, 'special representative', '2025-08-20')).not.toContain(SR);
  });
});

describe('China’s fertiliser trade with India by its common names (fact base aliases)', () => {
  const FERT = 'topic.china-fertiliser-exports-india';
  it('“a big buyer of Chinese fertilizer” in a sentence about India is the topic', () => {
    const text = 'India, long a big buyer of Chinese fertilizer, faces higher prices this winter.';
    expect(cardsOn(text, 'Chinese fertilizer', '2025-10-20')).toContain(FERT);
  });
  it('“a leading fertiliser supplier to India” is the topic', () => {
    const text = 'China was for years a leading fertiliser supplier to India.';
    expect(cardsOn(text, 'fertiliser supplier to India', '2025-10-20')).toContain(FERT);
  });
  it('“Chinese fertiliser” in a sentence that names no India is not', () => {
    const text = 'Chinese fertiliser makers raised their output this year, the industry body said.';
    expect(cardsOn(text, 'Chinese fertiliser', '2025-10-20')).not.toContain(FERT);
  });
});
