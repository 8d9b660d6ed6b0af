/**
 * Round 17 (ADR 0022, "Round 17 (cmp17)"): rules with sentences of their own (Kenya, Uganda,
 * tea, trains), each in its own describe; each fails with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { splitMinor } from '../../../src/core/compare/clauses';
import { compareArticles } from '../../../src/core/compare/index';
import { directionsOf, otherDirection } from '../../../src/core/compare/predicates';

const v = (text: string) => ({ w: new Map<string, number>(), norm: 1, text });
const pairsOf = (a: readonly string[], b: readonly string[]) =>
  compareArticles(a.join(' '), b.join(' ')).pairs.map((p) => [p.a, p.b]);

describe('round 17: stopped or restarted, in alignment', () => {
  it('does not pair a flow stopped with the same flow restarted', () => {
    const a = [
      'Kenya and Uganda signed a rail pact in Kampala on Monday, officials said.',
      'Passenger trains between Nairobi and Kampala were suspended in 2019.',
      'The pact takes effect in July.',
    ];
    const b = [
      'Officials said Kenya and Uganda had signed a rail pact in Kampala on Monday.',
      'Passenger trains between Nairobi and Kampala resumed on Friday after a gap of four years.',
      'The pact will take effect in July.',
    ];
    expect(pairsOf(a, b)).toEqual([
      [0, 0],
      [2, 2],
    ]);
  });
});

describe('round 17: a state that lasts is not an act', () => {
  it('reads "remained restricted", "stay suspended" as no direction', () => {
    expect([
      ...directionsOf('When Kenya relaxed the tea ban in May, exports to Uganda remained restricted.'),
    ]).toEqual([]);
    expect([...directionsOf('Trains to Kampala stay suspended.')]).toEqual([]);
    expect([...directionsOf('Trains to Kampala were suspended in 2019.')]).toEqual(['halt']);
    expect(
      otherDirection(
        v('When Kenya relaxed the tea ban in May, exports to Uganda remained restricted.'),
        v('It partly relaxed that ban in May with quotas, but kept Uganda out of the relaxation.'),
      ),
    ).toBe(false);
  });
});

describe('round 17: a comma that closes a full date', () => {
  it('does not open an appositive after "Month D, YYYY,"', () => {
    const s = 'Kenya suspended until Jan. 5, 2027, the tea export curbs it announced in March.';
    expect(splitMinor(s).main).toContain('the tea export curbs');
    expect([...directionsOf(s)]).toEqual(['lift']);
    // An appositive after a day without a year is still one.
    expect(
      splitMinor('The two presidents met in Kampala on Monday, their first meeting since 2019.').main,
    ).not.toContain('first meeting');
  });
});

describe('round 17: "restart" lifts', () => {
  it('reads restart as restarting a flow', () => {
    expect([...directionsOf('They agreed in principle to restart direct trains.')]).toEqual(['lift']);
    expect(
      otherDirection(
        v('They agreed in principle to restart direct trains, which have been suspended since 2019.'),
        v('Direct trains were halted in 2019.'),
      ),
    ).toBe(true);
  });
});
