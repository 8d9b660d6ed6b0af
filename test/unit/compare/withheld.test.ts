/**
 * Newsroom paraphrase added in round 10 (ADR 0022, lexicon.ts): "stay in place", "remain in
 * effect" and "remain in force" say one thing; and a speaker who withholds details — "declined
 * to say", "did not elaborate", "gave no further details" — is one remark however it is put.
 */
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/core/compare/index';
import { tokenize } from '../../../src/core/compare/tokens';

const keys = (s: string) => new Set(tokenize(s).map((t) => t.key));
const shared = (x: string, y: string) => [...keys(x)].filter((k) => keys(y).has(k)).sort();

describe('round 10 paraphrase', () => {
  it('reads staying in place as remaining in force', () => {
    const inForce = [...keys('in force')];
    expect(shared('The old quotas stay in place.', 'The old quotas remain in force.')).toEqual(
      [...keys('old quotas remain'), ...inForce].sort(),
    );
    expect(shared('The tariff remains in effect.', 'The tariff stays in force.')).toEqual(
      [...keys('tariff remain'), ...inForce].sort(),
    );
    // "in place of" is not "in force".
    expect(keys('Trains will run in place of the ferries.').has(inForce[0] as string)).toBe(false);
  });

  it('reads one withheld detail in its several forms', () => {
    const [withheld] = [...keys('She did not elaborate.')];
    for (const s of [
      'The minister declined to say which ports were affected.',
      'They would not specify.',
      'He gave no further details.',
      'The agency offered no details on the buyers.',
    ])
      expect(keys(s).has(withheld as string), s).toBe(true);
    expect(keys('He said the details would follow.').has(withheld as string)).toBe(false);
  });

  it('pairs a withheld detail told in other words', () => {
    const a = [
      'Chile has approved lithium export licences for three Korean battery makers, the trade ministry said on Monday.',
      'The ministry declined to say which companies had been cleared or on what terms.',
      'Shipments are expected to start in March.',
    ].join(' ');
    const b = [
      'The trade ministry on Monday said Chile had approved lithium export licences for three Korean battery makers.',
      'It gave no further details, including the names of the companies or the conditions attached.',
      'The first shipments are expected to start in March.',
    ].join(' ');
    expect(compareArticles(a, b).pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });
});
