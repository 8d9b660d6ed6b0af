/**
 * Rounds 31 and 32 (ADR 0022, "Round 32 (cmp32, session 24)"): rules read from the dev wrong pairs, with
 * sentences of their own (a dock strike in Valparaiso), each in its own describe; each fails with
 * its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { splitMinor } from '../../../src/core/compare/clauses';
import type { Vector } from '../../../src/core/compare/features';
import { twoFirsts } from '../../../src/core/compare/first-times';
import { compareArticles } from '../../../src/core/compare/index';
import { stateOrRestart } from '../../../src/core/compare/lasting-states';

const A = [
  'Port workers in Valparaiso ended a nine-day strike on Friday after the union accepted a new wage offer.',
  'Relations between the union and the port authority soured after the harbour dispute in 2019, in which 40 dockers were dismissed without notice.',
  'The terminal operator said container traffic would be back to normal by Tuesday.',
].join(' ');
const lead =
  'Dock workers in Valparaiso returned to work on Friday, ending a nine-day strike, after the union accepted a new wage offer.';
const dismissed = 'Forty dockers were dismissed without notice.';
const traffic = 'The terminal operator expects container traffic to be back to normal by Tuesday.';
const pairsOf = (b: string) => compareArticles(A, b, {}).pairs.map((p) => [p.a, p.b]);

describe('a sentence that tells two things pairs with its main claim (minor-rivals.ts)', () => {
  it('pairs the sentence with the one telling its main clause, not the one telling its relative clause', () => {
    const b = [
      lead,
      'Ties nosedived after the dispute at the northern quay on the night of March 3-4, 2019.',
      dismissed,
      traffic,
    ].join(' ');
    const r = compareArticles(A, b, {});
    const pairs = r.pairs.map((p) => [p.a, p.b]);
    expect(pairs).toContainEqual([1, 1]);
    expect(pairs).not.toContainEqual([1, 2]);
    expect(r.onlyB).toContain(2);
    // Whichever article is A.
    const back = compareArticles(b, A, {}).pairs.map((p) => [p.a, p.b]);
    expect(back).toContainEqual([1, 1]);
  });

  it('keeps the pair when the main clause has no sentence of its own', () => {
    const pairs = pairsOf([lead, dismissed, traffic].join(' '));
    expect(pairs).toContainEqual([1, 1]);
  });

  it('does not give the sentence to a rival that denies its claim', () => {
    const b = [
      lead,
      'Ties did not suffer after the dispute at the northern quay on the night of March 3-4, 2019.',
      dismissed,
      traffic,
    ].join(' ');
    expect(pairsOf(b)).toContainEqual([1, 2]);
  });
});

describe('a relative clause opened by a preposition is a minor part (clauses.ts)', () => {
  it('cuts ", in which …" and ", under which …" from the main claim', () => {
    expect(
      splitMinor('Ties soured after the 2019 dispute, in which 40 dockers were dismissed.').minor,
    ).toContain('in which 40 dockers were dismissed');
    expect(splitMinor('The two sides signed an accord, under which wages rise by 6%.').minor).toContain(
      'under which wages rise',
    );
    expect(splitMinor('The union, which has 4,000 members, accepted the offer.').main).not.toContain(
      'members',
    );
  });
});

describe("a speaker's words and the writer's account pair apart (own-accounts.ts)", () => {
  const a = [
    'Estonian Prime Minister Kaja Tamm and Finnish Prime Minister Antti Roos met in Tallinn on Monday.',
    'It was their first structured bilateral session in three years.',
    '"We are having a formal meeting after three years," Roos remarked at the start.',
    'The two leaders agreed to set up a joint ferry safety board.',
  ].join(' ');
  const b = [
    'Kaja Tamm and Antti Roos held talks in Tallinn on Monday.',
    'The two had not sat down for formal talks in three years.',
    'They agreed to set up a joint ferry safety board.',
  ].join(' ');
  it('pairs the account with the account, however weak, and leaves the quotation', () => {
    const pairs = compareArticles(a, b, {}).pairs.map((p) => [p.a, p.b]);
    expect(pairs).toContainEqual([1, 1]);
    expect(pairs).not.toContainEqual([2, 1]);
    const back = compareArticles(b, a, {}).pairs.map((p) => [p.a, p.b]);
    expect(back).toContainEqual([1, 1]);
  });
});

describe('a stop that lasts is not the restart (lasting-states.ts)', () => {
  const a = [
    'Ferries between Tallinn and Helsinki resumed on Monday after a week-long strike by port workers.',
    'The two governments have also agreed in principle to resume night ferries.',
    'Port operators expect traffic to return to normal by Friday.',
  ].join(' ');
  it('does not pair "agreed to resume night ferries" with "night ferries remain suspended"', () => {
    const b = [
      'Ferries between Tallinn and Helsinki resumed on Monday, ending a week-long port strike.',
      'Night ferries between the two capitals remain suspended.',
      'Port operators said traffic should return to normal by Friday.',
    ].join(' ');
    const pairs = compareArticles(a, b, {}).pairs.map((p) => [p.a, p.b]);
    expect(pairs).toContainEqual([0, 0]);
    expect(pairs).not.toContainEqual([1, 1]);
  });
  it('reads a suspended restriction, and a sentence telling both ends, as no lasting stop', () => {
    const v = (text: string) => ({ text, w: new Map(), norm: 1 }) as unknown as Vector;
    const restart = v('The two governments agreed to resume night ferries.');
    expect(stateOrRestart(restart, v('Night ferries remain suspended.'))).toBe(true);
    expect(stateOrRestart(restart, v('The export controls would stay suspended until May.'))).toBe(false);
    expect(
      stateOrRestart(restart, v('When Tallinn relaxed the rules, night ferries remained suspended.')),
    ).toBe(false);
    expect(stateOrRestart(restart, v('Night ferries were suspended in 2020.'))).toBe(false);
  });
});

describe('two "first time" sentences of two happenings (first-times.ts)', () => {
  it('does not pair two firsts whose happenings share no word', () => {
    const a = [
      'Estonia on Friday published the names of the sailors lost in the collision.',
      'It is the first time Tallinn has officially released details of its casualties.',
      'The navy said an inquiry would report by March.',
    ].join(' ');
    const b = [
      'Estonia named the sailors lost in the collision on Friday.',
      'It was the first time since 1994 that sailors had died in a collision in the Gulf of Finland.',
      'An inquiry is due to report by March, the navy said.',
    ].join(' ');
    const pairs = compareArticles(a, b, {}).pairs.map((p) => [p.a, p.b]);
    expect(pairs).toContainEqual([0, 0]);
    expect(pairs).not.toContainEqual([1, 1]);
  });
  it('compares only two clefts, and names are not the happening', () => {
    const v = (text: string) => ({ text }) as unknown as Vector;
    const released = v('It is the first time Tallinn has officially released details of its casualties.');
    expect(
      twoFirsts(
        released,
        v('It was the first time since 1994 that sailors had died in the Gulf of Finland.'),
      ),
    ).toBe(true);
    expect(twoFirsts(released, v('It was the first time Estonia had released any casualty details.'))).toBe(
      false,
    );
    expect(twoFirsts(released, v('Sailors died in the Gulf of Finland for the first time since 1994.'))).toBe(
      false,
    );
  });
});
