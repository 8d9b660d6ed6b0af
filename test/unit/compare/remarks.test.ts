/**
 * Round 12 (ADR 0022): a speaker's act told in other words — withholding names ("did not identify
 * the firms"), deferring an answer ("would get back", "still assessing") — is one remark; one
 * such remark said in two sentences and no other is enough for a candidate (align.ts
 * enoughShared); and the newsroom paraphrase of a licence's end-use terms and of a country's
 * reliance on imports is folded (lexicon.ts).
 */
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/core/compare/index';
import { tokenize } from '../../../src/core/compare/tokens';

const keys = (s: string) => new Set(tokenize(s).map((t) => t.key));
const shares = (x: string, y: string, probe: string) => {
  const [k] = [...keys(probe)];
  return keys(x).has(k as string) && keys(y).has(k as string);
};
const pairsOf = (a: readonly string[], b: readonly string[]) =>
  compareArticles(a.join(' '), b.join(' ')).pairs.map((p) => [p.a, p.b]);

describe('round 12: withheld names and deferred answers', () => {
  it('reads a speaker who will not name names as withholding details', () => {
    const withheld = 'She did not elaborate.';
    for (const s of [
      'The regulator did not identify the buyers.',
      'Officials would not name the mills.',
      'The port authority declined to disclose the volumes.',
      'He refused to reveal the price.',
    ])
      expect(shares(s, withheld, withheld), s).toBe(true);
    // Naming something is no withholding.
    expect(shares('The regulator named the buyers.', withheld, withheld)).toBe(false);
  });

  it('reads a deferred answer in its several forms', () => {
    const deferred = 'The board will come back on that.';
    for (const s of [
      'The ministry said it would get back to reporters.',
      'Officials had yet to study the proposal.',
      'The regulator was still examining the request.',
      'The board needs to assess the offer first.',
      'A spokesman said the agency would respond later.',
    ])
      expect(shares(s, deferred, 'would come back'), s).toBe(true);
    expect(shares('The ministry came back from the talks.', deferred, 'would come back')).toBe(false);
  });

  it('pairs a one-remark sentence with its restatement when the remark is theirs alone', () => {
    const a = [
      'Peru has granted copper export permits to two Korean smelters, the mines ministry said on Tuesday.',
      'She did not elaborate.',
      'The first cargoes are due to sail from Callao in April.',
    ];
    const b = [
      'The mines ministry said on Tuesday that Peru had granted copper export permits to two Korean smelters.',
      'Minister Rosa Quispe gave no details of the tonnages involved.',
      'The first cargoes are due to leave Callao in April.',
    ];
    // The short sentence shares only the remark with its partner: one feature, theirs alone.
    expect(pairsOf(a, b)).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
    // Said twice in one article, the remark links nothing in particular: no pair from it alone.
    const twice = [...a.slice(0, 2), 'The port authority gave no details either.', a[2] as string];
    expect(pairsOf(twice, b)).toEqual([
      [0, 0],
      [3, 2],
    ]);
  });

  it('pairs one speaker’s deferred answer told two ways, not another remark of his', () => {
    const a = [
      'Kenya confirmed on Friday that its tea exporters had won new quotas in Egypt.',
      'Asked how the new Egyptian tariff would affect Kenya, trade secretary Ali Mwangi said the ministry would get back on that.',
      'Auction prices in Mombasa rose for a third week.',
    ];
    const b = [
      'Kenyan tea exporters have won new quotas in Egypt, the government confirmed on Friday.',
      'Mwangi said the quotas cover black tea only.',
      'Mwangi said officials were still assessing what it meant for growers.',
      'Prices at the Mombasa auction rose for the third week running.',
    ];
    expect(pairsOf(a, b)).toEqual([
      [0, 0],
      [1, 2],
      [2, 3],
    ]);
  });
});

describe('round 12: end-use terms and reliance', () => {
  it('folds military and defence, re-exports and goods sent on, and the United States', () => {
    expect(shares('for military purposes', 'for defence use', 'military')).toBe(true);
    expect(shares('for defense programs', 'for military purposes', 'military')).toBe(true);
    for (const s of [
      'The parts may not be shipped on to Iran.',
      'The parts may not be diverted to Iran.',
      'The parts may not be sent on to Iran.',
    ])
      expect(shares(s, 'The parts may not be re-exported to Iran.', 're-exported'), s).toBe(true);
    expect(shares('exports to the United States', 'exports to the US', 'US')).toBe(true);
    expect(shares('sales to America', 'sales to the U.S.', 'US')).toBe(true);
    const pair = keys('talks between Washington and Beijing');
    const same = keys('talks between the US and China');
    expect([...same].every((k) => pair.has(k))).toBe(true);
  });

  it('folds relying on and depending on', () => {
    for (const s of [
      'Vietnam relies on imports.',
      'Vietnam is reliant on imports.',
      'its reliance on imports',
    ])
      expect(shares(s, 'Vietnam depends on imports.', 'depends'), s).toBe(true);
  });
});
