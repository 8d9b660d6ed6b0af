/**
 * Round 56 (ADR 0164): wrong pairs on unseen coverage. A report pairs with a report, not with a
 * quotation of the same statement (reported-accounts.ts); two remarks of two unnamed speakers, or of
 * two named speakers with a wider verb of saying, make no weak pair (unnamed-speakers.ts).
 * Sentences of our own (a harbour town's pier, its ferries, a festival).
 */
import { describe, expect, it } from 'vitest';
import { selectPairs } from '../../../src/core/compare/align';
import type { Candidate } from '../../../src/core/compare/candidates';
import type { Vector } from '../../../src/core/compare/features';
import { tokenize } from '../../../src/core/compare/tokens';
import {
  otherNamedSpeakers,
  otherUnnamedSpeakers,
  unnamedSpeaker,
} from '../../../src/core/compare/unnamed-speakers';

/** A sentence's vector: its tokens, each of weight 1, its text, and `persons` as its names. */
const vec = (text: string, persons: readonly string[] = []): Vector => {
  const w = new Map(tokenize(text).map((t) => [t.key, 1]));
  const names = new Set(persons.flatMap((p) => tokenize(p).map((t) => t.key)));
  return { w, norm: Math.sqrt(w.size), text, names };
};
const cand = (a: number, b: number, score: number, unique = 1): Candidate => ({
  a,
  b,
  score,
  shared: 3,
  unique,
});
const pairs = (x: readonly Vector[], y: readonly Vector[], c: readonly Candidate[]) =>
  selectPairs(c, x.length, y.length, undefined, { a: x, b: y })
    .map((p) => [p.a, p.b])
    .sort((p, q) => (p[0] as number) - (q[0] as number));

describe('a report pairs with a report, not with a quotation of the statement (reported-accounts.ts)', () => {
  const REPORT_A = 'The pier will reopen to visitors from 3 May, the harbour office said on Monday.';
  const QUOTE_A = '"From 3 May, the pier is open again to all visitors," the notice read.';
  const REPORT_B = 'Visitors can walk the pier again from 3 May, the harbour office said.';

  it("moves the report's anchor from the quotation to its own side's report", () => {
    const a = [vec(REPORT_A), vec(QUOTE_A)];
    const b = [vec(REPORT_B)];
    expect(pairs(a, b, [cand(1, 0, 0.62), cand(0, 0, 0.55)])).toEqual([[0, 0]]);
    // …whichever article is A.
    expect(pairs(b, a, [cand(0, 1, 0.62), cand(0, 0, 0.55)])).toEqual([[0, 0]]);
  });

  it("moves it when the report is the writer's own and the rival reports the office", () => {
    const a = [vec(REPORT_A), vec(QUOTE_A)];
    const b = [vec('Visitors can walk the pier again from 3 May.')];
    expect(pairs(a, b, [cand(1, 0, 0.62), cand(0, 0, 0.55)])).toEqual([[0, 0]]);
  });

  it("leaves a remark told in reported speech with its quotation when the rival is the writer's own", () => {
    const a = [vec('The pier reopens to visitors on 3 May after repairs.'), vec(QUOTE_A)];
    const b = [vec(REPORT_B)];
    expect(pairs(a, b, [cand(1, 0, 0.62), cand(0, 0, 0.55)])).toEqual([[1, 0]]);
  });

  it('leaves it when the rival is weak, or the rival sentence has a closer match elsewhere', () => {
    const a = [vec(REPORT_A), vec(QUOTE_A)];
    const b = [vec(REPORT_B), vec('The office said repairs to the pier cost more than planned.')];
    expect(pairs(a, b.slice(0, 1), [cand(1, 0, 0.62), cand(0, 0, 0.28)])).toEqual([[1, 0]]);
    // The report's best match is B's other sentence (taken by nothing else, but its best): no move.
    expect(pairs(a, b, [cand(0, 1, 0.7), cand(1, 0, 0.62), cand(0, 0, 0.55)])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});

describe("an unnamed speaker's remark (unnamed-speakers.ts)", () => {
  it('reads the common-noun speaker beside the verb of saying', () => {
    expect(unnamedSpeaker('Ferry operators in Sandvik said they expected a busy summer.')?.head).toBe(
      'operator',
    );
    expect(unnamedSpeaker('More sailings will follow as bookings grow, harbour officials said.')?.head).toBe(
      'official',
    );
    const visitor = unnamedSpeaker('"It feels like coming home," said a visitor from Leeds before boarding.');
    expect(visitor?.head).toBe('visitor');
    expect([...(visitor?.names ?? [])]).toEqual(['leeds']);
  });

  it('reads no unnamed speaker in a name, a pronoun, "the …" (someone named before), or a lone plural', () => {
    expect(unnamedSpeaker('"We will see," said Ostrova.')).toBeNull();
    expect(unnamedSpeaker('He said the ferries would run.')).toBeNull();
    expect(unnamedSpeaker('The ferries will run, the people said.')).toBeNull();
    expect(unnamedSpeaker('The ferries will run, the operator said.')).toBeNull();
    expect(unnamedSpeaker('Officials said the ferries would run.')).toBeNull();
    expect(unnamedSpeaker('The ferries will run until May.')).toBeNull();
  });

  it('two unnamed speakers differ by their head words, or by the places that qualify one head', () => {
    const operators = vec('Ferry operators in Sandvik said they expected a busy summer.');
    const officials = vec('More sailings will follow as bookings grow, harbour officials said.');
    expect(otherUnnamedSpeakers(operators, officials)).toBe(true);
    const leeds = vec('"It feels like coming home," said a visitor from Leeds.');
    const cork = vec('"We waited ten years for this," a visitor from Cork said.');
    const leeds2 = vec('"A fine day for it," a visitor from Leeds said.');
    expect(otherUnnamedSpeakers(leeds, cork)).toBe(true);
    expect(otherUnnamedSpeakers(leeds, leeds2)).toBe(false);
    // One body in two words ("a harbour body" / "a harbour association") is not two speakers.
    expect(
      otherUnnamedSpeakers(
        vec('The ban covers every route, a harbour body said.'),
        vec('The ban is not aimed at the islands alone, a harbour association said.'),
      ),
    ).toBe(false);
    expect(otherUnnamedSpeakers(operators, vec('Bookings for the summer are up by a third.'))).toBe(false);
  });

  it('two named speakers with a verb of saying past the narrow list are two remarks', () => {
    const noted = vec('Ostrova noted that the ferries now carry twice as many people.', ['Ostrova']);
    const stressed = vec('Berg stressed that the ferries carry many more people than before.', ['Berg']);
    const same = vec('Ostrova stressed that twice as many people travel by ferry.', ['Ostrova']);
    expect(otherNamedSpeakers(noted, stressed)).toBe(true);
    expect(otherNamedSpeakers(noted, same)).toBe(false);
    expect(otherNamedSpeakers(noted, vec('The ferries now carry twice as many people.'))).toBe(false);
  });
});

describe('the selection leaves a weak pair of two speakers unpaired', () => {
  const a = [
    vec('The new ferry route to Sandvik opened on Friday.'),
    vec('Ferry operators in Sandvik said they expected a busy summer.'),
    vec('Tickets cost twelve euros each way.'),
  ];
  const b = [
    vec('A ferry route to Sandvik began service on Friday.'),
    vec('More sailings will follow as summer bookings grow, harbour officials said.'),
    vec('A single ticket costs twelve euros.'),
  ];
  // Two anchors in order frame the remarks; the weak pair between them shares "summer" and "expect".
  const cands = [cand(0, 0, 0.7), cand(2, 2, 0.6), cand(1, 1, 0.2, 2)];

  it('two unnamed speakers: not taken (fails without otherUnnamedSpeakers in align.ts)', () => {
    expect(pairs(a, b, cands)).toEqual([
      [0, 0],
      [2, 2],
    ]);
  });

  it('two named speakers, "noted" / "stressed": not taken; one speaker: taken', () => {
    const x = [
      a[0] as Vector,
      vec('Ostrova noted that a busy summer was expected.', ['Ostrova']),
      a[2] as Vector,
    ];
    const y = [
      b[0] as Vector,
      vec('Berg stressed that summer bookings were growing.', ['Berg']),
      b[2] as Vector,
    ];
    expect(pairs(x, y, cands)).toEqual([
      [0, 0],
      [2, 2],
    ]);
    const z = [
      b[0] as Vector,
      vec('Ostrova stressed that summer bookings were growing.', ['Ostrova']),
      b[2] as Vector,
    ];
    expect(pairs(x, z, cands)).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });
});
