/**
 * Round 28 (ADR 0022, "Round 28 (cmp28, session 22)"): a background line two stories of one
 * theme both tell stands as a pair between articles that tell different stories (background.ts).
 * Hand-built vectors (a ferry strike and a port's new crane, both recalling the same storm);
 * each expectation fails with the rule removed.
 */
import { describe, expect, it } from 'vitest';
import { selectPairs } from '../../../src/core/compare/align';
import { BACKGROUND_ALONE, sharedBackground, tellSameEvent } from '../../../src/core/compare/background';
import type { Candidate } from '../../../src/core/compare/candidates';
import { NOTHING_TOLD, type Vector } from '../../../src/core/compare/features';

const vector = (keys: string[], events: string[] = []): Vector => {
  const w = new Map(keys.map((k) => [k, 1]));
  const told =
    events.length > 0
      ? { events: new Set(events), mentioned: new Set(events), wholes: new Set<string>() }
      : NOTHING_TOLD;
  return { w, norm: Math.sqrt(w.size), told };
};

// A: a ferry strike at Kisumu; B: a new crane at Port Bell. Both recall the March storm in one line
// (A's sentence 2, B's sentence 3); nothing else of theirs matches.
const strike = (events: string[]) => [
  vector(['ferry', 'strike', 'kisumu'], ['event.kisumu-ferry-strike']),
  vector(['crew', 'pay']),
  vector(['storm', 'march', 'lake', 'sank'], events),
  vector(['union', 'talks']),
  vector(['passengers', 'stranded']),
];
const crane = (events: string[]) => [
  vector(['crane', 'port', 'bell'], ['event.port-bell-crane']),
  vector(['cargo', 'tonnes']),
  vector(['engineers', 'installed']),
  vector(['storm', 'march', 'barge', 'sank'], events),
  vector(['harbour', 'dredged']),
];

const pairsOf = (score: number, eventsA: string[], eventsB: string[]) => {
  const candidates: Candidate[] = [{ a: 2, b: 3, score, shared: 3, unique: 3 }];
  return selectPairs(candidates, 5, 5, undefined, { a: strike(eventsA), b: crane(eventsB) }).map((p) => [
    p.a,
    p.b,
  ]);
};

describe('a background line both unrelated stories tell', () => {
  const storm = ['event.march-lake-storm'];

  it("pairs when both sentences tell one event, each the other's best, a little below ALONE", () => {
    expect(pairsOf(0.45, storm, storm)).toEqual([[2, 3]]);
  });

  it('frames no weak pair: the next sentences, weakly alike, stay apart', () => {
    const candidates: Candidate[] = [
      { a: 2, b: 3, score: 0.45, shared: 3, unique: 3 },
      { a: 3, b: 4, score: 0.2, shared: 1, unique: 1 },
    ];
    const pairs = selectPairs(candidates, 5, 5, undefined, { a: strike(storm), b: crane(storm) });
    expect(pairs.map((p) => [p.a, p.b])).toEqual([[2, 3]]);
  });

  it('does not pair below BACKGROUND_ALONE, without a shared told event, or when one only mentions it', () => {
    expect(pairsOf(BACKGROUND_ALONE - 0.05, storm, storm)).toEqual([]);
    expect(pairsOf(0.45, storm, ['event.another-storm'])).toEqual([]);
    expect(pairsOf(0.45, storm, [])).toEqual([]);
  });

  it("needs the two to be each other's best match", () => {
    const x = vector(['storm'], storm);
    expect(tellSameEvent(x, vector(['barge'], storm))).toBe(true);
    expect(sharedBackground(x, vector(['barge'], storm), 0.45, true)).toBe(true);
    expect(sharedBackground(x, vector(['barge'], storm), 0.45, false)).toBe(false);
  });
});
