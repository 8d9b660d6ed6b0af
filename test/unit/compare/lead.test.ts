/**
 * Two articles whose leads tell one happening are one story (ADR 0022, round 9), however few
 * of their sentences score as anchors: one story told in other words keeps its weak pairs.
 */
import { describe, expect, it } from 'vitest';
import { bundledBase } from '../../../scripts/compare';
import { sameLead, toldOf } from '../../../src/core/compare/evidence';
import type { Vector } from '../../../src/core/compare/features';
import { compareArticles } from '../../../src/core/compare/index';

const factBase = bundledBase();
const told = (...events: string[]): Vector => ({
  w: new Map(),
  norm: 1,
  told: toldOf(new Set(events), events, factBase.factById),
});

describe('one story by its lead', () => {
  it('compares what the two first sentences tell', () => {
    const flights = told('event.direct-flights-resumed');
    const visas = told('event.tourist-visas-chinese-nationals-resumed');
    expect(sameLead([flights, told()], [told('event.direct-flights-resumed'), told()])).toBe(true);
    expect(sameLead([flights], [visas])).toBe(false);
    // Only the lead: an event both tell further down is background, not the story.
    expect(sameLead([told(), flights], [told(), flights])).toBe(false);
    expect(sameLead([told()], [flights])).toBe(false);
  });

  it('keeps the weak pairs of one story told in other words with one anchor', () => {
    const a = [
      'Direct flights between India and China resumed on Sunday when an IndiGo jet left Kolkata for Guangzhou.',
      'Services had been halted in 2020 as the pandemic spread.',
      'Tickets sold out within hours, the airline said.',
      'A second route, from Delhi, follows next month.',
    ].join(' ');
    const b = [
      'Direct flights are back: the first service since the pause took off from Kolkata on October 26, bound for Guangzhou.',
      'Nothing had flown between the neighbours since the pandemic began.',
      'Seats on the first trip went in hours, according to the carrier.',
      'Travellers in the capital must wait until November.',
    ].join(' ');
    const r = compareArticles(
      { text: a, published: '2025-10-27' },
      { text: b, published: '2025-10-28' },
      { factBase },
    );
    expect(r.pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 0],
      [2, 2],
    ]);
  });
});
