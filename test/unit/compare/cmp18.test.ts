/**
 * Round 18 (ADR 0022, "Round 18 (cmp18)"): rules with sentences of their own (Kenya, Uganda,
 * tea), each in its own describe; each fails with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import { arrivalOrMeeting, arrivalPartOf } from '../../../src/core/compare/arrivals';
import { addToIndex, candidatesFor } from '../../../src/core/compare/candidates';
import { cosineOverDatedEvents, datedKeys, otherDatedKeys } from '../../../src/core/compare/dated';
import { cosine, featuresOf, Rarity, type Vector, vectorOf } from '../../../src/core/compare/features';
import { compareArticles } from '../../../src/core/compare/index';
import { personsAlone } from '../../../src/core/compare/persons';
import { otherSpeechAct, speechActOf } from '../../../src/core/compare/speech-acts';
import { speechForm } from '../../../src/core/compare/speech-form';

const pairsOf = (a: readonly string[], b: readonly string[]) =>
  compareArticles(a.join(' '), b.join(' ')).pairs.map((p) => [p.a, p.b]);

describe('round 18: a quotation pairs with a quotation, a report with a report', () => {
  it('tells a quotation from a report', () => {
    expect(speechForm('"Yes, we confirm that several traders have received permits," Wanjiru said.')).toBe(
      'quote',
    );
    expect(speechForm('Kenya on Tuesday confirmed that several traders have received permits.')).toBe(
      'report',
    );
    // A short quoted phrase is no quotation of the statement.
    expect(speechForm('The move came after Uganda announced "reciprocal" levies on Kenyan goods.')).toBe(
      'report',
    );
    // A quotation that is the lesser part of the sentence is neither.
    expect(
      speechForm(
        'Kenya on Tuesday confirmed that several Ugandan traders have received permits to import its tea, calling it "a first step" for trade.',
      ),
    ).toBe(null);
  });

  it('uncrosses two statements each told as a report and as a quotation', () => {
    const a = [
      'Kenya on Tuesday confirmed that several Ugandan traders have received permits from Nairobi to import Kenyan tea.',
      '"Several Ugandan firms have been issued permits for importing tea from Kenya," trade ministry spokesperson Jane Wanjiru said at her weekly briefing.',
    ];
    const b = [
      'Nairobi has issued permits to a few Ugandan companies to import Kenyan tea, the trade ministry said on Tuesday.',
      '"Yes, we confirm that several Ugandan traders have received permits for importing tea from Kenya," spokesperson Jane Wanjiru told reporters.',
    ];
    expect(pairsOf(a, b)).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});

describe('round 18: a date that dates another event is no shared evidence', () => {
  // The claim engine's date claims, as compare receives them: the quote and the fact it dates.
  const A = 'The pullback followed a border deal that the two envoys announced on March 3.';
  const B1 =
    'The withdrawal from the ridge was finished on March 3, when the envoys announced the border deal.';
  const B2 = 'Troops completed the withdrawal from the ridge on March 9, officials said.';
  const vectors = () => {
    const fa = featuresOf(
      A,
      [],
      [],
      undefined,
      datedKeys([{ quote: 'March 3', factId: 'event.border-deal' }]),
    );
    const fb = [
      featuresOf(B1, [], [], undefined, datedKeys([{ quote: 'March 3', factId: 'event.ridge-withdrawal' }])),
      featuresOf(B2, [], [], undefined, datedKeys([{ quote: 'March 9', factId: 'event.ridge-withdrawal' }])),
    ];
    const rarity = new Rarity();
    rarity.add(fa, 'a');
    for (const f of fb) rarity.add(f, 'b');
    return { va: vectorOf(fa, rarity), vb: fb.map((f) => vectorOf(f, rarity)) };
  };

  it('finds the shared date keys that date different events', () => {
    const { va, vb } = vectors();
    expect(otherDatedKeys(va, vb[0] as Vector).sort()).toEqual(['#3', 'mar']);
    // One event dated on both sides is one dated event, whatever the day.
    const same = featuresOf(
      B1,
      [],
      [],
      undefined,
      datedKeys([{ quote: 'March 3', factId: 'event.border-deal' }]),
    );
    const rarity = new Rarity();
    rarity.add(same, 'b');
    expect(otherDatedKeys(va, vectorOf(same, rarity))).toEqual([]);
    // Reporting dates and non-events date nothing.
    expect(datedKeys([{ quote: 'March 3', factId: 'person.envoy' }]).size).toBe(0);
  });

  it('scores a candidate without the date its two sentences give to different events', () => {
    const { va, vb } = vectors();
    const index = new Map<string, number[]>();
    for (const [j, v] of vb.entries()) addToIndex(index, v, j);
    const found = candidatesFor(0, va, vb, index, { common: () => false, unique: () => false });
    const c = found.find((x) => x.b === 0);
    const plain = cosine(va, vb[0] as Vector).score;
    const reduced = cosineOverDatedEvents(va, vb[0] as Vector, () => false)?.score ?? plain;
    expect(reduced).toBeLessThan(plain);
    expect(c?.score ?? 0).toBeCloseTo(reduced, 10);
  });
});

describe('round 18: two sentences that share only the people they name', () => {
  const people = ['William Ruto', 'Yoweri Museveni'];
  const vectorsOf = (a: string, b: readonly string[]) => {
    const fa = featuresOf(a, [], people);
    const fb = b.map((s) => featuresOf(s, [], people));
    const rarity = new Rarity();
    rarity.add(fa, 'a');
    for (const f of fb) rarity.add(f, 'b');
    return { va: vectorOf(fa, rarity), vb: fb.map((f) => vectorOf(f, rarity)) };
  };
  const A = 'Ruto had also handed Museveni an invitation to the regional summit.';
  const B = [
    'Kenya and Uganda should be partners rather than rivals, Museveni told Ruto.',
    'Museveni accepted the invitation from Ruto to attend the summit in Mombasa.',
  ];

  it('tells names alone from names and what is said of them', () => {
    const { va, vb } = vectorsOf(A, B);
    expect(personsAlone(va, vb[0] as Vector)).toBe(true);
    expect(personsAlone(va, vb[1] as Vector)).toBe(false);
  });

  it('makes no candidate of two sentences that share only two people', () => {
    const { va, vb } = vectorsOf(A, B);
    const index = new Map<string, number[]>();
    for (const [j, v] of vb.entries()) addToIndex(index, v, j);
    const found = candidatesFor(0, va, vb, index, { common: () => false, unique: () => false });
    // Without the rule it would be a candidate (above WEAK).
    expect(cosine(va, vb[0] as Vector).score).toBeGreaterThan(0.15);
    expect(found.map((c) => c.b)).toEqual([1]);
  });
});

describe('round 18: an arrival and a meeting', () => {
  it('reads an arrival and a meeting from the main part', () => {
    expect(arrivalPartOf('Ruto arrived in Kampala on Monday on a two-day visit.')).toBe('arrival');
    expect(arrivalPartOf('Ruto met his Ugandan counterpart Museveni in Kampala on Monday.')).toBe('meeting');
    // Both, or a meeting after arriving in a minor part: not compared.
    expect(arrivalPartOf('Ruto arrived in Kampala and met Museveni on Monday.')).toBe('none');
    expect(arrivalPartOf('The two leaders reached an agreement on the railway.')).toBe('none');
  });

  it('does not pair the visitor arriving with the visitor meeting', () => {
    const a = [
      'Kenyan President William Ruto arrived in Kampala on Monday on a two-day visit.',
      'The two sides signed a railway pact.',
    ];
    const b = [
      'Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday.',
      'The two sides signed a railway pact on Tuesday.',
    ];
    expect(
      arrivalOrMeeting({ w: new Map(), norm: 1, text: a[0] }, { w: new Map(), norm: 1, text: b[0] }),
    ).toBe(true);
    expect(pairsOf(a, b)).toEqual([[1, 1]]);
  });
});

describe("round 18: the main clause's act: stated, denied, asked", () => {
  it('reads a denial and a question told, and leaves withholding details a statement', () => {
    expect(
      speechActOf(
        "Uganda's trade ministry on Friday declined to confirm reports that it had lifted the tea levy.",
      ),
    ).toBe('denied');
    expect(speechActOf('The spokesperson said she was not aware of the reports.')).toBe('denied');
    expect(speechActOf('The minister had been asked whether three Kenyan firms won permits.')).toBe('asked');
    expect(speechActOf('He declined to say which firms had been cleared.')).toBe('stated');
    // A sentence that quotes the answer states it, whatever question it tells.
    expect(
      speechActOf(
        '"Yes, we confirm that three Kenyan firms have permits," Okello told a briefing in response to a question on whether Uganda had cleared them.',
      ),
    ).toBe('stated');
    expect(speechActOf('Kampala has lifted the levy on Kenyan tea, officials said.')).toBe('stated');
    // A denial in a concession is not the sentence's act.
    expect(
      speechActOf(
        'Kampala has lifted the levy on Kenyan tea, though the ministry said it was not aware of it.',
      ),
    ).toBe('stated');
  });

  it('does not pair a claim with its denial, nor an answer with its question', () => {
    const a = [
      'Ugandan Trade Minister Ruth Nankabirwa has assured Kenya that Kampala will lift its levy on Kenyan tea and sugar, officials said on Tuesday.',
      '"Yes, we can confirm that three Kenyan companies now hold permits for tea," ministry spokesperson Okello told reporters.',
    ];
    const b = [
      "Uganda's trade ministry on Wednesday declined to confirm reports that it had promised to lift its levy on Kenyan tea and sugar.",
      'The ministry spokesperson, Okello, had been asked whether three Kenyan firms received permits to export tea to Uganda.',
    ];
    const v = (text: string) => ({ w: new Map<string, number>(), norm: 1, text });
    expect(otherSpeechAct(v(a[0] as string), v(b[0] as string))).toBe(true);
    expect(otherSpeechAct(v(a[1] as string), v(b[1] as string))).toBe(true);
    expect(pairsOf(a, b)).toEqual([]);
  });
});
