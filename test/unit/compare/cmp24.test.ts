/**
 * Round 24 (ADR 0022, "Round 24 (cmp24, session 19)"): rules read from the dev wrong pairs, with
 * sentences of their own (Ethiopia and Eritrea), each in its own describe; each fails with its
 * rule removed.
 */
import { describe, expect, it } from 'vitest';
import type { Vector } from '../../../src/core/compare/features';
import { compareArticles } from '../../../src/core/compare/index';
import { directionsOf, otherDirection } from '../../../src/core/compare/predicates';
import { tokenize } from '../../../src/core/compare/tokens';
import { otherStep } from '../../../src/core/compare/undertakings';

const A = [
  'Ethiopia and Eritrea restored diplomatic ties on Monday after two decades of hostility.',
  'Prime Minister Abiy Ahmed and President Isaias Afwerki signed the declaration in Asmara.',
  'The two sides also agreed in principle at that meeting to resume direct flights between the capitals.',
  'Trade across the border at Zalambessa is expected to follow.',
].join(' ');

describe('two steps of one thaw are two claims (undertakings.ts)', () => {
  it('does not pair the flights with the pilgrimage, however close the words', () => {
    const b = [
      'Ethiopia and Eritrea restored diplomatic relations on Monday, ending two decades of hostility.',
      'Abiy Ahmed and Isaias Afwerki signed the declaration at a ceremony in Asmara.',
      'The two sides agreed in principle at that meeting to resume the annual pilgrimage to Debre Bizen.',
      'Analysts said the border at Zalambessa could reopen within weeks.',
    ].join(' ');
    const pairs = compareArticles(A, b, {}).pairs.map((p) => [p.a, p.b]);
    expect(pairs).toContainEqual([0, 0]);
    expect(pairs).not.toContainEqual([2, 2]);
  });

  it('still pairs one step told in other words', () => {
    const b = [
      'Ethiopia and Eritrea restored diplomatic relations on Monday, ending two decades of hostility.',
      'Abiy Ahmed and Isaias Afwerki signed the declaration at a ceremony in Asmara.',
      'They agreed in principle at the meeting to restore direct air links between Addis Ababa and Asmara.',
    ].join(' ');
    const pairs = compareArticles(A, b, {}).pairs.map((p) => [p.a, p.b]);
    expect(pairs).toContainEqual([2, 2]);
  });

  it('compares only sentences that each name a step, and none in common', () => {
    const v = (text: string) => ({ text }) as unknown as Vector;
    const flights = v('Direct flights resume on Sunday.');
    expect(otherStep(flights, v('The pilgrimage resumes in June.'))).toBe(true);
    expect(otherStep(flights, v('Air services were suspended in 2020.'))).toBe(false);
    expect(otherStep(flights, v('Its revival was agreed in January.'))).toBe(false);
    expect(otherStep(flights, v('Pilgrims will take the flights from Delhi.'))).toBe(false);
  });
});

describe('a threat and its removal are two happenings (predicates.ts)', () => {
  const removed = 'The accord removed the threat of 50% Eritrean duties from March 1.';
  const threatened = 'Asmara had threatened 50% duties on Ethiopian coffee from March 1.';
  it('reads a threat as imposing and a removal as lifting', () => {
    expect([...directionsOf(removed)]).toEqual(['lift']);
    expect([...directionsOf(threatened)]).toEqual(['halt']);
  });
  it('never pairs the two, while two threats still may', () => {
    const v = (text: string) => ({ text }) as unknown as Vector;
    expect(otherDirection(v(removed), v(threatened))).toBe(true);
    expect(otherDirection(v(threatened), v('Asmara threatens duties of 50% on coffee.'))).toBe(false);
  });
});

describe('a length told as a run is a length (lexicon.ts)', () => {
  const keys = (text: string) => tokenize(text).map((t) => t.key);
  it('reads "ran to roughly 100 minutes" as "lasted"', () => {
    const ran = keys('The summit ran to roughly 100 minutes.');
    const lasted = keys('The summit in Asmara lasted about an hour and 40 minutes.');
    expect(lasted).toEqual(expect.arrayContaining(['endur', '#100']));
    expect(ran).toEqual(expect.arrayContaining(['endur', '#100']));
  });
  it('leaves a run that is no length alone', () => {
    expect(keys('The road runs to Asmara.')).not.toContain('endur');
  });
});
