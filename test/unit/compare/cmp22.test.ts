/**
 * Round 22 (ADR 0022, "Round 22 (cmp22, session 18)"): rules read from batch h16's misses, with
 * sentences of their own (Kenya, Uganda, a ferry, a ridge), each in its own describe; each fails
 * with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { announcementOrRemark, announcementOrRemarkOf } from '../../../src/core/compare/announcements';
import { withoutAppositiveCountries } from '../../../src/core/compare/appositives';
import { bodiesOf, otherBody } from '../../../src/core/compare/bodies';
import { addToIndex, type Candidate, candidatesFor } from '../../../src/core/compare/candidates';
import { isCaption } from '../../../src/core/compare/captions';
import { counterparts } from '../../../src/core/compare/evidence';
import { cosine, featuresOf, Rarity, type Vector, vectorOf } from '../../../src/core/compare/features';
import { figureInPassing } from '../../../src/core/compare/figure-modifiers';
import { preferToldOverPassing } from '../../../src/core/compare/passing';
import { pendingOrDone, statusOf } from '../../../src/core/compare/pending';
import { asksAlone } from '../../../src/core/compare/predicates';
import { scheduleOrAgreement, scheduleOrAgreementOf } from '../../../src/core/compare/schedules';
import { candidatesBySentence } from '../../../src/core/compare/sentence-candidates';
import { startOrLength, startOrLengthOf } from '../../../src/core/compare/start-length';
import { WEAK } from '../../../src/core/compare/thresholds';

/** Vectors of sentences over one rarity (A's first, then B's), each with its fact ids. */
const vectorsOf = (...sentences: (readonly [string, readonly string[]])[]): Vector[] => {
  const fs = sentences.map(([s, facts]) => featuresOf(s, facts));
  const rarity = new Rarity();
  for (const [k, f] of fs.entries()) rarity.add(f, k === 0 ? 'a' : 'b');
  return fs.map((f) => vectorOf(f, rarity));
};

/** The B sentences (indexes) `a` has as candidates, nothing common, nothing unique. */
const candidatesOf = (a: Vector, b: readonly Vector[]): number[] => {
  const index = new Map<string, number[]>();
  for (const [j, v] of b.entries()) addToIndex(index, v, j);
  return candidatesFor(0, a, b, index, { common: () => false, unique: () => false }).map((c) => c.b);
};

describe('round 22: the verb a "not yet" governs is pending, not an act done', () => {
  const agreed =
    'At that meeting, the two sides also agreed in principle to restore the Lake Victoria ferry.';
  const notYet = 'The Lake Victoria ferry between the two countries has not yet resumed.';

  it('reads "has not yet resumed" as pending, an act elsewhere still making it neither', () => {
    expect(statusOf(notYet)).toBe('pending');
    expect(statusOf('The handover of the ridge has not yet been completed.')).toBe('pending');
    expect(
      statusOf('The ferry has not yet resumed, although both sides agreed in March to restore it.'),
    ).toBe('none');
    expect(statusOf(agreed)).toBe('done');
  });

  it('makes no candidate of an agreement and a "not yet" of the same thing', () => {
    const [a, p] = vectorsOf([agreed, []], [notYet, []]) as Vector[];
    expect(cosine(a as Vector, p as Vector).score).toBeGreaterThan(WEAK);
    expect(pendingOrDone(a, p)).toBe(true);
    expect(candidatesOf(a as Vector, [p as Vector])).toEqual([]);
  });
});

describe('round 22: a photo caption pairs only with a caption', () => {
  const battle =
    'Five years ago tonight, Kenyan and Ugandan police fought a battle on Migingo Island in Lake Victoria.';
  const caption = 'Photo: Migingo Island in Lake Victoria (file).';

  it('reads a caption by its label or its closing tag', () => {
    expect(isCaption(caption)).toBe(true);
    expect(isCaption('Photo caption: A Kenyan patrol boat near Migingo Island (file photo).')).toBe(true);
    expect(isCaption('Image: The ferry at Port Bell.')).toBe(true);
    expect(isCaption('A view of the ridge. (Representational image)')).toBe(true);
    expect(isCaption(battle)).toBe(false);
    expect(isCaption('What comes next will test whether the truce is more than a photo opportunity.')).toBe(
      false,
    );
  });

  it('makes no candidate of a caption and a sentence that tells something', () => {
    const [a, c, d] = vectorsOf(
      [battle, []],
      [caption, []],
      ['Photo: Police boats off Migingo Island in Lake Victoria (file).', []],
    ) as Vector[];
    expect(cosine(a as Vector, c as Vector).score).toBeGreaterThan(WEAK);
    expect(asksAlone(a, c)).toBe(true);
    expect(asksAlone(c, d)).toBe(false);
    expect(candidatesOf(a as Vector, [c as Vector])).toEqual([]);
  });
});

describe('round 22: a country word describing the person named before it is no counterpart', () => {
  const a =
    "Volkov also held the fifth round of border talks with national security adviser Tariq Qadir, Pakistan's special envoy.";
  const b =
    "Volkov, also Russia's special envoy on the border question, held the fifth round of border talks with Pakistani adviser Tariq Qadir on the same day.";

  it('drops the country word of an appositive after a name, not after a place', () => {
    const isCountry = (w: string) => ['russian', "russia's", 'pakistani', "pakistan's"].includes(w);
    expect(withoutAppositiveCountries(a, isCountry)).toContain('Qadir, _ special envoy');
    expect(withoutAppositiveCountries(b, isCountry)).toContain('Volkov, also _ special envoy');
    const place = 'In Islamabad, Pakistani officials said the talks went well.';
    expect(withoutAppositiveCountries(place, isCountry)).toBe(place);
  });

  it('reads two envoys described by their own countries as one meeting, not counterparts', () => {
    const [x, y] = vectorsOf([a, []], [b, []]) as Vector[];
    expect(counterparts(x, y)).toBe(false);
    const [p, q] = vectorsOf(
      ["Pakistan's special envoy met the traders on Monday.", []],
      ["Russia's special envoy met the traders on Monday.", []],
    ) as Vector[];
    expect(counterparts(p, q)).toBe(true);
  });
});

describe('round 22: a sentence pairs with the one that tells its claim, not one that mentions it in passing', () => {
  const told =
    'Kenyan and Ugandan police have completed their withdrawal from Migingo Island in Lake Victoria, officials said on Wednesday.';
  const passing =
    'Kenyan and Ugandan fishermen shared a meal on Thursday to mark the truce, a day after the two police forces finished pulling back from Migingo Island in Lake Victoria.';
  const claim = 'Officials had said on Wednesday that the withdrawal from the island was complete.';
  const joined =
    'Twenty Kenyan police officers, including Inspector Jane Wanjiru, the commander of the island post, were injured in the clash on the night of May 3.';
  const toll =
    'Kenya has said 20 of its officers were hurt in the brawl, which took place on the night of May 3.';
  const officer = 'Among them was Inspector Jane Wanjiru, who commanded the island post.';

  /** The A sentence's partner after the rule, given the anchor (to B's 0) and a rival (to B's 1). */
  const partnerAfter = (a: string, b0: string, b1: string, anchor: number, rival: number): number => {
    const [x, y, z] = vectorsOf([a, []], [b0, []], [b1, []]) as Vector[];
    const sorted: Candidate[] = [
      { a: 0, b: 0, score: anchor, shared: 5, unique: 1 },
      { a: 0, b: 1, score: rival, shared: 5, unique: 1 },
    ].sort((p, q) => q.score - p.score);
    const partnerA = Int32Array.from([0]);
    const partnerB = Int32Array.from([0, -1]);
    preferToldOverPassing(
      sorted,
      { a: [x as Vector], b: [y as Vector, z as Vector] },
      partnerA,
      partnerB,
      new Float64Array(1),
      candidatesBySentence(sorted, Int32Array.from([0]), Int32Array.from([0, 0])),
    );
    return partnerA[0] as number;
  };

  it('moves an anchor met in a minor part to a rival nearly as close that tells the claim', () => {
    expect(partnerAfter(told, passing, claim, 0.5, 0.49)).toBe(1);
    // Not when the rival is far below the anchor.
    expect(partnerAfter(told, passing, claim, 0.5, 0.35)).toBe(0);
  });

  it("leaves an anchor alone when the rival meets the sentence's own minor part, or scores above it", () => {
    // The officer meets the joined sentence's appositive: the toll keeps it.
    expect(partnerAfter(joined, toll, officer, 0.5, 0.45)).toBe(0);
    // A rival above the anchor lost to it by an earlier rule.
    expect(partnerAfter(told, passing, claim, 0.45, 0.5)).toBe(0);
  });
});

describe('round 22: two named bodies of one kind are two bodies', () => {
  const fisheries =
    'The two ministers agreed to set up a Fisheries Committee under the joint commission to explore shared quotas on Lake Victoria.';
  const security =
    'The two sides agreed to form a Security Committee on lake patrols and to create joint posts on Migingo Island.';

  it('reads the titles of named bodies by their head noun', () => {
    expect([...(bodiesOf(fisheries).get('Committee') ?? [])]).toEqual(['fisheries']);
    expect(bodiesOf('They agreed to set up an expert committee.').size).toBe(0);
  });

  it('makes no candidate of two bodies of one kind with other names', () => {
    const [a, b, c] = vectorsOf(
      [fisheries, []],
      [security, []],
      ['The Fisheries Committee will explore shared quotas on Lake Victoria, the two ministers agreed.', []],
    ) as Vector[];
    expect(cosine(a as Vector, b as Vector).score).toBeGreaterThan(WEAK);
    expect(otherBody(a, b)).toBe(true);
    expect(otherBody(a, c)).toBe(false);
    expect(candidatesOf(a as Vector, [b as Vector, c as Vector])).toEqual([1]);
  });
});

describe('round 22: when something began is not how long it lasted', () => {
  const began = 'The border dispute over Migingo Island had begun in May 2004.';
  const lasted = 'The border dispute over Migingo Island had lasted more than ten years.';

  it('reads a start or a length from the main clause only', () => {
    expect(startOrLengthOf(began)).toBe('start');
    expect(startOrLengthOf(lasted)).toBe('length');
    expect(startOrLengthOf('The dispute, which began in May 2004, lasted ten years.')).toBe(null);
    expect(startOrLengthOf('The talks are a step towards ending a dispute that has lasted ten years.')).toBe(
      null,
    );
  });

  it('makes no candidate of a start and a length', () => {
    const [a, b] = vectorsOf([began, []], [lasted, []]) as Vector[];
    expect(cosine(a as Vector, b as Vector).score).toBeGreaterThan(WEAK);
    expect(startOrLength(a, b)).toBe(true);
    expect(candidatesOf(a as Vector, [b as Vector])).toEqual([]);
  });
});

describe('round 22: what is scheduled is not the agreement that set it going', () => {
  const due = 'The first Lake Victoria ferry is due to sail from Port Bell on June 20.';
  const agreed =
    'In January, the two ministers met in Kampala, where they agreed to resume the Lake Victoria ferry from Port Bell.';

  it('reads a schedule or an agreement from the main part', () => {
    expect(scheduleOrAgreementOf(due)).toBe('scheduled');
    expect(scheduleOrAgreementOf('The ferry is set to resume this month.')).toBe('scheduled');
    expect(scheduleOrAgreementOf(agreed)).toBe('agreed');
    expect(
      scheduleOrAgreementOf(
        'The ferry, which the two sides agreed in January to revive, is due to sail in June.',
      ),
    ).toBe(null);
  });

  it('makes no candidate of a schedule and an agreement', () => {
    const [a, b] = vectorsOf([due, []], [agreed, []]) as Vector[];
    expect(cosine(a as Vector, b as Vector).score).toBeGreaterThan(WEAK);
    expect(scheduleOrAgreement(a, b)).toBe(true);
    expect(candidatesOf(a as Vector, [b as Vector])).toEqual([]);
  });
});

describe('round 22: a figure worn as a modifier is said in passing', () => {
  const length = 'According to Kenya, the Kisumu Highway that links the two towns runs for 180 km.';
  const passing = 'Both police forces have since kept patrols along the 180-km Kisumu Highway.';

  it('makes no candidate when all that is shared lies in the modifier phrase', () => {
    const [a, b, c] = vectorsOf(
      [length, []],
      [passing, []],
      ['The Kisumu Highway between the two towns runs for 180 km, officials said.', []],
    ) as Vector[];
    expect(cosine(a as Vector, b as Vector).score).toBeGreaterThan(WEAK);
    expect(figureInPassing(a, b)).toBe(true);
    expect(figureInPassing(a, c)).toBe(false);
    expect(candidatesOf(a as Vector, [b as Vector, c as Vector])).toEqual([1]);
  });
});

describe('round 22: announcing a thing is not a remark on what it will do', () => {
  const announced = 'Foreign Minister Musalia Mudavadi announced the ferry agreement on Monday.';
  const remark =
    'Mudavadi had said on Monday that the ferry agreement was leading to more trade and, eventually, an end to the dispute.';

  it('reads an announcement and a remark', () => {
    expect(announcementOrRemarkOf(announced)).toBe('announced');
    expect(announcementOrRemarkOf(remark)).toBe('remark');
    expect(
      announcementOrRemarkOf('Mudavadi announced the ferry agreement and said it would lead to more trade.'),
    ).toBe(null);
  });

  it('makes no candidate of an announcement and a remark on it', () => {
    const [a, b] = vectorsOf([announced, []], [remark, []]) as Vector[];
    expect(cosine(a as Vector, b as Vector).score).toBeGreaterThan(WEAK);
    expect(announcementOrRemark(a, b)).toBe(true);
    expect(candidatesOf(a as Vector, [b as Vector])).toEqual([]);
  });
});
