/**
 * Session 10's recall rules (issue #7; ADR 0037), each with sentences written for the rule (not
 * from the eval corpus), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { phaseOfInstrument } from '../../../src/core/claims/claimed-cards';
import { otherSide } from '../../../src/core/claims/other-side';
import type { Fact } from '../../../src/core/facts/schema';
import { factById, matcher } from './claims-of';

const annotate = (text: string, published: string | null) =>
  annotateText(text, { matcher, factById, published }).map((a) => ({
    quote: a.quote,
    kind: a.kind,
    fact: a.factIds[0],
    verdict: a.verdict,
    start: a.start,
    end: a.end,
  }));

/** The facts of the cards over `quote` (its nth occurrence, 1-based) in `text`. */
function cardsOver(text: string, published: string | null, quote: string, nth = 1): string[] {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  const end = at + quote.length;
  return annotate(text, published)
    .filter((a) => a.start < end && at < a.end)
    .map((a) => a.fact as string);
}

describe('the other side of a deal: a US clause’s values and names are not China’s facts', () => {
  const text =
    'Under the truce, Beijing will hold off for one year on the October 9 controls, while the United States will shelve for a year its rule extending export restrictions to firms at least 50% owned by sanctioned companies.';
  it('China’s year is the pause of its controls; the US year, the US rule’s 50 % and its export restrictions are not China’s', () => {
    expect(cardsOver(text, '2025-11-01', 'one year')).toContain('quantity.october-controls-pause-years');
    expect(cardsOver(text, '2025-11-01', 'a year')).toEqual([]);
    expect(cardsOver(text, '2025-11-01', 'export restrictions')).toEqual([]);
    expect(cardsOver(text, '2025-11-01', '50%')).toEqual([]);
  });
  it('China named acting or owning in between gives the words back to China', () => {
    const sentence = {
      start: 0,
      end: 0,
    };
    const own =
      'Washington said it would welcome any easing of its rule, but China’s export restrictions remain.';
    const fact = factById('topic.china-rare-earth-export-controls');
    const at = own.indexOf('export restrictions');
    expect(otherSide(own, { ...sentence, end: own.length }, at, at + 19, fact)).toBe(false);
    // Without "China’s" the same words are the US rule's.
    const us = 'Washington said it would ease its rule, which extends export restrictions to subsidiaries.';
    const at2 = us.indexOf('export restrictions');
    expect(otherSide(us, { start: 0, end: us.length }, at2, at2 + 19, fact)).toBe(true);
  });
  it('a tariff on Chinese goods is an object, not China acting', () => {
    const us =
      'The US will cut its tariff on Chinese goods and suspend for a year its rule on affiliates at least 50 percent owned by listed firms.';
    const fact = factById('quantity.october-controls-pause-years');
    const at = us.indexOf('a year');
    expect(otherSide(us, { start: 0, end: us.length }, at, at + 6, fact)).toBe(true);
  });
  it('a name of a person or an organisation is who it is, on either side', () => {
    const us = 'Washington will pause its rule for a year, the Ministry of Commerce said.';
    const at = us.indexOf('Ministry of Commerce');
    expect(otherSide(us, { start: 0, end: us.length }, at, at + 20, factById('org.mofcom'))).toBe(false);
  });
});

describe('a topic the event is part of may stand inside the event’s card', () => {
  it('“suspended a batch of export controls on rare earths” is the suspension notice, beside the topic’s own card', () => {
    const text =
      'Trump and Xi met in Busan last week. On Friday, China formally suspended a batch of export controls on rare earths for one year.';
    const facts = annotate(text, '2025-11-08').map((a) => a.fact);
    expect(facts).toContain('instrument.mofcom-announcement-70-2025');
    expect(cardsOver(text, '2025-11-08', 'suspended')).toContain('instrument.mofcom-announcement-70-2025');
  });
});

describe('a date of the clause that agrees confirms an event named by two of its cue’s word groups', () => {
  it('“the military face-off that began in May 2020” gets the standoff’s card beside its date', () => {
    // The cue's third word group (the Line of Actual Control) stands clauses away.
    const text =
      'The Kailash Mansarovar Yatra is back. Officials along the Line of Actual Control in Ladakh, where both armies still hold forward positions, said on Monday that the deal could end the military face-off that began in May 2020.';
    expect(cardsOver(text, '2025-07-01', 'face-off')).toContain('event.lac-standoff-2020');
  });
  it('keywords of an event beside its agreeing date: “crossed into Tibet over the Nathu La pass on June 20”', () => {
    const text =
      "The Galwan clash is five years past. Forty-five yatris from Delhi crossed into Tibet over the Nathu La pass in Sikkim on June 20, opening this year's pilgrimage.";
    expect(cardsOver(text, '2025-07-01', 'crossed into Tibet')).toContain(
      'event.kailash-first-batch-nathu-la-2025',
    );
  });
  it('“completed disengagement at both sites on October 30”: four keywords and the record’s day', () => {
    const text =
      'The Galwan clash is four years past. The two armies completed disengagement at both sites on October 30, exchanging sweets for Diwali a day later.';
    expect(cardsOver(text, '2024-11-05', 'completed disengagement')).toContain(
      'event.depsang-demchok-disengagement',
    );
  });
  it('a phase of an instrument (its taking effect, its pause’s end) is left to its date’s card', () => {
    expect(
      phaseOfInstrument(factById('event.mofcom-october-2025-controls-effective') as Fact, factById),
    ).toBe(true);
    expect(
      phaseOfInstrument(factById('event.mofcom-october-2025-controls-suspension-ends') as Fact, factById),
    ).toBe(true);
    expect(phaseOfInstrument(factById('event.lac-standoff-2020') as Fact, factById)).toBe(false);
  });
});

describe('a cue or keyword card is not vetoed by a recency anchor or a weaker reading', () => {
  it('“for the first time since 2019” dates the earlier pilgrimage, not these pilgrims', () => {
    const text =
      'Direct flights are back. This summer Indian pilgrims travelled to Mount Kangrinboqe and Lake Mapam Yumco in Xizang for the first time since 2019.';
    expect(cardsOver(text, '2025-10-30', 'pilgrims travelled')).toContain(
      'event.kailash-mansarovar-yatra-2025',
    );
  });
  it('“resumed” alone, a keyword of the flights’ return, does not veto the pilgrimage’s card', () => {
    const text =
      'The Galwan clash is five years past, and direct flights are back. Indian pilgrims have also resumed visits to the sacred mountain and holy lake in Xizang.';
    expect(cardsOver(text, '2025-10-30', 'resumed visits')).toContain('event.kailash-mansarovar-yatra-2025');
  });
});

describe('fact base 1.2.11: “Special Representatives” in a story about the boundary question', () => {
  it('names the SR mechanism in a paragraph that itself says nothing of the boundary', () => {
    const text =
      'Ajit Doval will travel to Beijing for talks on the boundary question next week.\n\nAt Kazan, Modi and Xi had agreed that the Special Representatives should meet soon.';
    expect(cardsOver(text, '2024-12-10', 'Special Representatives')).toContain(
      'topic.special-representatives-mechanism',
    );
  });
});
