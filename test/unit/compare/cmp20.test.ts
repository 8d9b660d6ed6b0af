/**
 * Round 20 (ADR 0022, "Round 20 (cmp20, session 16)"): rules with sentences of their own (Kenya,
 * Uganda, a ferry, a ridge), each in its own describe; each fails with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { addToIndex, candidatesFor } from '../../../src/core/compare/candidates';
import { splitMinor } from '../../../src/core/compare/clauses';
import { cosine, featuresOf, Rarity, type Vector, vectorOf } from '../../../src/core/compare/features';
import { quantityChoice } from '../../../src/core/compare/figures';
import { forecastAlone, forecastOrFact } from '../../../src/core/compare/plans';
import { asksAlone, isSignpost } from '../../../src/core/compare/predicates';
import { preferSameForm } from '../../../src/core/compare/speech-form';
import { mainPartner } from '../../../src/core/compare/splits';
import { tokenize } from '../../../src/core/compare/tokens';

/** Vectors of sentences over one rarity, each with its fact ids. */
const vectorsOf = (...sentences: (readonly [string, readonly string[]])[]): Vector[] => {
  const fs = sentences.map(([s, facts]) => featuresOf(s, facts));
  const rarity = new Rarity();
  for (const f of fs) rarity.add(f, 'a');
  return fs.map((f) => vectorOf(f, rarity));
};

describe('round 20: how long since the last time is told in passing', () => {
  const GAP = 'quantity.ferry-gap-years';
  const whole =
    'Ferries between Kenya and Uganda resumed on Sunday after a gap of five years, with Marine Lines running the first crossing from Kisumu to Port Bell.';
  const mine =
    'Marine Lines on Sunday restarted ferries between Kenya and Uganda, sailing from Kisumu to Port Bell.';
  const theirs = 'It is the first ferry link between the two countries in five years.';

  it('reads "after a gap of …" and "after a five-year pause" as a minor part', () => {
    expect(splitMinor(whole).minor).toContain('after a gap of five years');
    expect(splitMinor(whole).main).toContain('resumed on Sunday');
    expect(splitMinor('Tourist visas were restored in July after a five-year pause.').minor).toContain(
      'after a five-year pause',
    );
    // A gap that is the claim itself stays in the main part.
    expect(splitMinor('The gap between the two crossings was five years.').minor).toBe('');
  });

  it('lets a quantity decide a split only when the sentence claims it', () => {
    const [w, m, t] = vectorsOf([whole, [GAP]], [mine, []], [theirs, [GAP]]) as [Vector, Vector, Vector];
    expect(quantityChoice(w, m, t)).toBeNull();
    // The quantity in the main claim still decides (ADR 0022, eighth round).
    const dead = 'quantity.ridge-rangers-killed';
    const [w2, m2, t2] = vectorsOf(
      ['Five rangers, including the commander of the post at Kisumu ridge, were killed on Sunday.', [dead]],
      ['The commander of the post at Kisumu ridge was among them, officials said.', []],
      ['Five rangers died in the clash on the ridge on Sunday.', [dead]],
    ) as [Vector, Vector, Vector];
    expect(quantityChoice(w2, m2, t2)).toBe(2);
  });
});

describe('round 20: the verb "last" is not the adjective', () => {
  it('keys "lasted" apart from "last"', () => {
    const keys = (s: string) => tokenize(s).map((t) => t.key);
    expect(keys('The standoff, which had lasted four years, began in May 2019.')).not.toContain('last');
    expect(keys('The two areas were the last friction points of the standoff.')).toContain('last');
    expect(keys('The standoff lasts four years.')).toEqual(keys('The standoff lasted four years.'));
  });
});

describe("round 20: the writer's account pairs with the writer's account", () => {
  const A =
    'Ruto and Museveni held their first formal talks in five years on the sidelines of the summit in Arusha.';
  const quote = '"We are having formal talks after five years," Ruto said as the meeting began.';
  const report = 'Ruto and Museveni met in Arusha on Monday, in their first formal meeting since 2019.';
  const run = (b: readonly string[], alt: number) => {
    const [va, ...vb] = vectorsOf([A, []], ...b.map((s) => [s, []] as const));
    const partnerA = Int32Array.from([1]);
    const partnerB = Int32Array.from([-1, 0]);
    const scoreA = Float64Array.from([0.46]);
    const sorted = [
      { a: 0, b: 1, score: 0.46, shared: 5, unique: 2 },
      { a: 0, b: 0, score: alt, shared: 6, unique: 2 },
    ];
    preferSameForm(sorted, { a: [va as Vector], b: vb }, partnerA, partnerB, scoreA);
    return partnerA[0];
  };

  it("moves the writer's account from a quotation to the other's account", () => {
    expect(run([report, quote], 0.44)).toBe(0);
  });

  it('keeps the quotation when the other account is no anchor, or reports a remark', () => {
    expect(run([report, quote], 0.25)).toBe(1);
    expect(
      run(
        [
          'The ministry said Ruto and Museveni had met in Arusha, their first formal meeting since 2019.',
          quote,
        ],
        0.44,
      ),
    ).toBe(1);
  });
});

describe("round 20: a signpost in the writer's voice pairs only with a signpost", () => {
  it('reads a signpost, and not a label before a claim', () => {
    expect(isSignpost('Here is how the last two posts on the ridge were handed back.')).toBe(true);
    expect(isSignpost("Here's what the accord covers, and what it leaves open.")).toBe(true);
    expect(isSignpost('UPDATE: A quick recap of how we got here.')).toBe(true);
    expect(isSignpost('UPDATE: Ferries between Kisumu and Port Bell will resume on Monday.')).toBe(false);
    expect(isSignpost('The two posts were the last points of friction on the ridge.')).toBe(false);
  });

  it('keeps a signpost and a statement apart', () => {
    const [x, y, z] = vectorsOf(
      ['Here is how the last two posts on the ridge were handed back.', []],
      ['The two posts were the last points of friction on the ridge.', []],
      ["Here's how the two posts on the ridge were handed back.", []],
    ) as [Vector, Vector, Vector];
    expect(asksAlone(x, y)).toBe(true);
    expect(asksAlone(y, x)).toBe(true);
    expect(asksAlone(x, z)).toBe(false);
  });
});

describe('round 20: a forecast is not what came of it', () => {
  const A = 'Joint patrols on the ridge are expected to start soon, officials said.';
  const B = [
    'Rangers had resumed joint patrols on the ridge on March 3.',
    'Verification is under way, and joint patrols on the ridge are expected to begin soon.',
  ];

  it('reads a forecast alone, not one told beside something done', () => {
    expect(forecastAlone(A)).toBe(true);
    expect(forecastAlone('"Joint patrols will start soon on the ridge," the officials added.')).toBe(true);
    expect(forecastAlone(B[1] as string)).toBe(false);
    expect(forecastAlone('They agreed that the envoys would meet soon.')).toBe(false);
    expect(forecastAlone('Joint patrols on the ridge are expected to start on March 3.')).toBe(false);
  });

  it('makes no candidate of a forecast and a fact, and keeps two forecasts', () => {
    const [va, ...vb] = vectorsOf([A, []], ...B.map((s) => [s, []] as const)) as Vector[];
    expect(forecastOrFact(va, vb[0])).toBe(true);
    expect(forecastOrFact(va, vb[1])).toBe(false);
    const index = new Map<string, number[]>();
    for (const [j, v] of vb.entries()) addToIndex(index, v, j);
    // Without the rule the first would be a candidate (above WEAK).
    expect(cosine(va as Vector, vb[0] as Vector).score).toBeGreaterThan(0.15);
    const found = candidatesFor(0, va as Vector, vb, index, { common: () => false, unique: () => false });
    expect(found.map((c) => c.b)).toEqual([1]);
  });
});

describe('round 20: a trailing "after what …" is the setting, not the claim', () => {
  const whole =
    'President William Ruto said he would cut the levy on Ugandan tea to 5% from 10% after what he called a "warm" meeting with Yoweri Museveni in Kampala, Uganda, on Monday.';

  it('reads a trailing "after …" as a minor part once the main clause has its verb', () => {
    const { main, minor } = splitMinor(whole);
    expect(minor).toContain('after what he called');
    expect(main).toContain('he would cut the levy on Ugandan tea');
    // No verb before it: the phrase is the sentence's own.
    expect(splitMinor('Talks after the accord on the ridge.').minor).toBe('');
  });

  it('gives the sentence to the half that tells its claim', () => {
    const [w, meeting, levy] = vectorsOf(
      [whole, []],
      [
        'Ugandan President Yoweri Museveni held a meeting with Kenyan President William Ruto in Kampala, Uganda, on Monday.',
        [],
      ],
      ['The Kenyan side will lower the so-called levy on Ugandan tea by five percentage points.', []],
    ) as [Vector, Vector, Vector];
    // A weak rival takes the pair only when the clauses say it carries the claim.
    expect(mainPartner(w, meeting, levy, true)).toBe(2);
  });
});

describe('round 20: one figure of their own is enough for a candidate', () => {
  it('takes two sentences that share only a figure no other sentence gives', () => {
    const [va, ...vb] = vectorsOf(
      ['The group of 36 herders crossed the ridge early on Friday.', []],
      ['The party comprised 36 people, officials said.', []],
      ['Rain fell on Kisumu for a week.', []],
    ) as Vector[];
    const index = new Map<string, number[]>();
    for (const [j, v] of vb.entries()) addToIndex(index, v, j);
    const unique = (k: string) => k === '#36';
    expect(cosine(va as Vector, vb[0] as Vector, unique)).toMatchObject({ shared: 1, unique: 1 });
    const found = candidatesFor(0, va as Vector, vb, index, { common: () => false, unique });
    expect(found.map((c) => c.b)).toEqual([0]);
    // A figure two other sentences give too is no link of their own.
    expect(candidatesFor(0, va as Vector, vb, index, { common: () => false, unique: () => false })).toEqual(
      [],
    );
  });
});
