/**
 * ADR 0176: what makes a right date `outdated`. An instrument's issue date stays right after a
 * later notice suspends the instrument; a part of the superseding record, told instead of the
 * record, informs the reader. Sentences written for these tests, not copied from the fixtures.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/core/claims/claim';
import { informed } from '../../../src/core/claims/context';
import type { Fact } from '../../../src/core/facts/schema';
import { claimAt } from './claims-of';

describe('an instrument’s issue date is not outdated by its suspension', () => {
  it('the October controls’ date agrees after the November suspension, and a wrong day still differs', () => {
    const text = (day: string) =>
      `The rare-earth controls Beijing announced on ${day} cover holmium and lithium-battery materials.`;
    expect(claimAt(text('Oct. 9'), '2025-12-02', 'Oct. 9')).toMatchObject({
      fact: 'instrument.mofcom-october-2025-controls',
      verdict: 'consistent',
    });
    expect(claimAt(text('Oct. 9'), '2025-12-02', 'Oct. 9')?.reasons).not.toContain('superseded');
    expect(claimAt(text('Oct. 19'), '2025-12-02', 'Oct. 19')?.verdict).toBe('differs');
  });
  it('a state the record ended is still outdated when the article is silent about the end', () => {
    // The June easing that left India out ended in August: written in October, the month agrees
    // with what the record was.
    const text =
      'China’s fertiliser curbs hit Indian farmers hard. Beijing eased its urea curbs in June, but not for India.';
    expect(claimAt(text, '2025-10-01', 'in June')).toMatchObject({
      fact: 'event.china-urea-easing-jun-2025-excluding-india',
      verdict: 'outdated',
    });
  });
});

describe('a part of the superseding record informs the reader', () => {
  const fact = (id: string, relations: Fact['relations'] = []) => ({ id, relations }) as unknown as Fact;
  const facts = new Map<string, Fact>([
    ['event.ban', fact('event.ban', [{ type: 'superseded-by', target: 'instrument.lifting' }])],
    ['instrument.lifting', fact('instrument.lifting')],
    ['event.lifting-ends', fact('event.lifting-ends', [{ type: 'part-of', target: 'instrument.lifting' }])],
    ['event.other', fact('event.other', [{ type: 'related', target: 'instrument.lifting' }])],
  ]);
  const claim = {
    start: 0,
    end: 4,
    quote: 'June',
    factId: 'event.ban',
    verdict: 'outdated',
    resolved: 'Jun 2025',
    record: 'Jun 2025',
    reasons: [{ code: 'superseded', params: { since: 'Aug 2025' } }],
  } as unknown as Claim;
  const verdict = (mentioned: string[]) => informed(claim, new Set(mentioned), (id) => facts.get(id)).verdict;
  it('the superseder itself, or a part of it, makes the claim consistent', () => {
    expect(verdict(['instrument.lifting'])).toBe('consistent');
    expect(verdict(['event.lifting-ends'])).toBe('consistent');
  });
  it('a fact merely related to the superseder does not', () => {
    expect(verdict(['event.other'])).toBe('outdated');
    expect(verdict([])).toBe('outdated');
  });
});
