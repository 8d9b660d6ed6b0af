/**
 * The ordered prior (ADR 0022, fourth round): a sentence between two pairs in order pairs
 * with the sentence between their partners when each is the other's best remaining
 * candidate and the claim engine finds one event in both, though they share few words.
 */
import { describe, expect, it } from 'vitest';
import { bundledBase } from '../../../scripts/compare';
import { compareArticles } from '../../../src/core/compare/index';

const factBase = bundledBase();
const kazan =
  'Prime Minister Narendra Modi and President Xi Jinping met in Kazan on October 23 on the sidelines of the BRICS summit.';
const kazanB = 'Modi and Xi held talks in Kazan on October 23 during the BRICS summit.';
const srA =
  'Modi and Xi agreed that the Special Representatives should meet soon to discuss the boundary question.';
const srB =
  'The two leaders agreed that their Special Representatives on the boundary question would meet at an early date.';

describe('ordered prior between pairs in order', () => {
  it('pairs a paraphrase framed by two pairs when both tell one event', () => {
    // A's second sentence is closer to B's third (taken by A's third) than to B's second,
    // and the two share no word of their own: only the order and the event pair them.
    const a = [
      kazan,
      'The meeting took place a couple of days after both sides settled on new patrolling arrangements along the Line of Actual Control.',
      'Foreign Secretary Vikram Misri announced the agreement on patrolling arrangements along the Line of Actual Control on Monday.',
      srA,
    ].join(' ');
    const b = [
      kazanB,
      'The talks came on the heels of Monday’s announcement of a patrolling deal along the disputed frontier.',
      'Foreign Secretary Vikram Misri said an agreement had been reached on patrolling arrangements along the Line of Actual Control.',
      srB,
    ].join(' ');
    const r = compareArticles(
      { text: a, published: '2024-10-24' },
      { text: b, published: '2024-10-24' },
      { factBase },
    );
    expect(r.pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    const swapped = compareArticles(
      { text: b, published: '2024-10-24' },
      { text: a, published: '2024-10-24' },
      { factBase },
    );
    expect(swapped.pairs.map((p) => [p.b, p.a])).toEqual(r.pairs.map((p) => [p.a, p.b]));
    // An unrelated sentence in the gap adds one only-in and changes no pair.
    const parts = a.split(/(?<=\.) /);
    const withOther = [parts[0], 'Bananas ripen faster in a paper bag.', ...parts.slice(1)].join(' ');
    const r2 = compareArticles(
      { text: withOther, published: '2024-10-24' },
      { text: b, published: '2024-10-24' },
      { factBase },
    );
    expect(r2.pairs.map((p) => [p.a > 1 ? p.a - 1 : p.a, p.b])).toEqual(r.pairs.map((p) => [p.a, p.b]));
    expect(r2.onlyA).toEqual([1]);
  });

  it('leaves framed sentences unpaired when they share names but no event', () => {
    const announced = 'Misri had announced the patrolling agreement with China on Monday.';
    const a = [kazan, 'Misri told reporters that China wanted stable ties.', srA, announced].join(' ');
    const b = [
      kazanB,
      'Misri will travel to China next month for more talks.',
      srB,
      'Misri announced the patrolling agreement with China on Monday.',
    ].join(' ');
    const r = compareArticles(
      { text: a, published: '2024-10-24' },
      { text: b, published: '2024-10-24' },
      { factBase },
    );
    expect(r.onlyA).toEqual([1]);
    expect(r.onlyB).toEqual([1]);
  });

  it('pairs a moved sentence out of order when the two alone give one day of a month', () => {
    const a = [
      'The city council approved the new water tariff on Monday after a long debate.',
      'Opposition members walked out before the vote.',
      'The higher rate applies from March 14, officials said.',
      'The council will review the tariff again next year.',
    ].join(' ');
    const b = [
      'Households face bigger bills starting March 14 under the scheme.',
      'The council passed the new water tariff on Monday following a lengthy debate.',
      'Opposition members walked out of the chamber before the vote.',
      'The tariff will be reviewed again next year.',
    ].join(' ');
    const r = compareArticles(a, b);
    expect(r.pairs.map((p) => [p.a, p.b])).toContainEqual([2, 0]);
    const swapped = compareArticles(b, a);
    const byA = (x: number[], y: number[]) => (x[0] as number) - (y[0] as number);
    expect(swapped.pairs.map((p) => [p.b, p.a]).sort(byA)).toEqual(r.pairs.map((p) => [p.a, p.b]));
    // The same sentence with a day that another sentence also gives stays unpaired.
    const c = b.replace('next year.', 'next year, from March 14.');
    expect(compareArticles(a, c).pairs.map((p) => [p.a, p.b])).not.toContainEqual([2, 0]);
  });
});
