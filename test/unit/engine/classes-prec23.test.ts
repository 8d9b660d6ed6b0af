/**
 * Session 19's precision rules (issue #7, ADR 0054 round 23), each with sentences written for the
 * rule (not from the eval corpus or the stress sets), each checked to fail without its rule.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/core/annotate';
import { claimAt, factById, matcher } from './claims-of';

const terms = (text: string, published: string) =>
  annotateText(text, { matcher, factById, published })
    .filter((a) => a.kind === 'term')
    .map((a) => ({ quote: a.quote, fact: a.factIds[0] }));

describe('cue words go with the date right after them, not with a later date of another fact (context.ts)', () => {
  it('"The bulk of the rules were set to kick in on Nov. 8, with the overseas clauses following Dec. 1": no card of the Dec. 1 start on the first clause', () => {
    const text =
      'Beijing’s October package covered five more rare earths. The bulk of the provisions were set to kick in on Nov. 8, with the extraterritorial clauses following on Dec. 1.';
    const cards = terms(text, '2025-10-20');
    expect(
      cards.some((c) => c.fact === 'event.mofcom-announcement-61-effective' && /kick/.test(c.quote)),
    ).toBe(false);
  });
});

describe('places alone do not make a page on topic (annotate.ts)', () => {
  it('a hydrology piece naming Ladakh, the Galwan river and the Depsang plains gets no card', () => {
    const text =
      'Hydrologists have counted eleven new meltwater ponds in Ladakh this summer. The Galwan, a cold tributary, carried twice its usual silt in July. Their next survey will cover the Depsang plains, a high plateau.';
    expect(terms(text, '2025-09-01')).toEqual([]);
  });
  it('the same places beside a person of the stories keep their cards', () => {
    const text =
      'Wang Yi spoke about Ladakh this week. The Galwan valley and the Depsang plains were named in his remarks.';
    expect(terms(text, '2025-09-01').length).toBeGreaterThan(0);
  });
});

describe('a date still to come, found by keywords alone, is a later plan of an event already past (publication-side.ts)', () => {
  it('"In March 2026, IndiGo and China Eastern plan more flights …" after flights resumed: never `differs`', () => {
    const text =
      'Direct flights between India and China resumed on October 26. In March 2026, IndiGo and China Eastern plan more flights between Kolkata, Guangzhou and Shanghai.';
    expect(claimAt(text, '2025-11-20', 'March 2026')?.verdict ?? null).not.toBe('differs');
  });
});

describe('a day of the clause two weeks from an event known to the day is another time (cue-cards.ts)', () => {
  it('"… China Eastern Airlines will start Delhi-Shanghai flights from Nov. 9": a later route, no card of the resumption', () => {
    const text =
      'Direct flights between India and China resumed on October 26 with an IndiGo service from Kolkata. According to the airlines, IndiGo will add a Delhi-Guangzhou service from Nov. 10, while China Eastern Airlines will start Delhi-Shanghai flights from Nov. 9.';
    expect(terms(text, '2025-10-28').some((c) => c.quote.includes('Shanghai'))).toBe(false);
  });
});
