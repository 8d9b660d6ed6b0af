/**
 * Round 57 (ADR 0165): the same actor doing the same act in other words. A sentence's (actor, act)
 * signatures (actor-act.ts) pair two free sentences of one story when no other sentence of either
 * article tells that signature and the two share something the act is about. Sentences of our own
 * (vans and pickups, a chip-tool rule, a ferry deal, a night flight).
 */
import { describe, expect, it } from 'vitest';
import { actorActs, sameActorAct } from '../../../src/core/compare/actor-act';
import { selectPairs } from '../../../src/core/compare/align';
import type { Candidate } from '../../../src/core/compare/candidates';
import type { Vector } from '../../../src/core/compare/features';
import { tokenize } from '../../../src/core/compare/tokens';

const vec = (text: string): Vector => {
  const w = new Map(tokenize(text).map((t) => [t.key, 1]));
  return { w, norm: Math.sqrt(w.size), text };
};
const sigs = (text: string) => [...actorActs(text).signatures].sort();

describe('who does what (actor-act.ts)', () => {
  it('groups acts by meaning, whatever the verb', () => {
    expect(sigs('Van makers were forced to scale back production of hybrid vans.')).toEqual([
      'automakers:cut-output',
    ]);
    expect(sigs('Car manufacturers slashed output of hybrid vans in the spring.')).toEqual([
      'automakers:cut-output',
    ]);
    expect(sigs('Washington will hold off until spring on its chip-tool rule.')).toEqual(['us:pause']);
    expect(sigs('The United States agreed to shelve the chip-tool rule.')).toEqual(['us:pause']);
    expect(sigs('Passengers have had to connect through Doha or Dubai.')).toEqual([
      'travellers:change-planes',
    ]);
    expect(sigs('Anyone travelling to Lhasa must change planes in Chengdu.')).toEqual([
      'travellers:change-planes',
    ]);
  });

  it('reads the actor named after the act with "from" or "by"', () => {
    expect(sigs('There was no word from Beijing on the ferry deal.')).toEqual(['china:no-comment']);
    expect(sigs("Beijing's transport ministry has yet to say anything about the ferry deal.")).toEqual([
      'china:no-comment',
    ]);
  });

  it('an act with no actor, or an actor far back in another clause, tells nobody', () => {
    expect(sigs('He did not comment on the ferry deal.')).toEqual([]);
    expect(sigs('The pause on the chip-tool rule will last until spring.')).toEqual([]);
    expect(
      sigs(
        'Washington said the talks on shipping, farm goods, port fees and visas went well, and the two ministers later agreed to pause the ferry rule.',
      ),
    ).toEqual([]);
  });

  it("a government's silence is one act: no comment, no confirmation, no knowledge of the reports", () => {
    expect(sigs('Beijing has not confirmed the ferry deal.')).toEqual(['china:no-comment']);
    expect(sigs("China's transport ministry said it was not aware of the reports.")).toEqual([
      'china:no-comment',
    ]);
  });

  it('two countries named together, or each side, are one actor', () => {
    expect(sigs('Both sides have thousands of troops stationed near the pass.')).toEqual(['both:deploy']);
    expect(sigs('India and China each still have soldiers deployed on the ridge.')).toEqual(['both:deploy']);
  });

  it('a country written between a verb and a noun is a modifier, not who acts', () => {
    expect(sigs('The truce trims US tariffs and defers the newest port fees.')).toEqual([]);
    expect(sigs('The truce trims tariffs, and the US will defer the newest port fees.')).toEqual([
      'us:pause',
    ]);
  });

  it('a flight leaves; a country does not', () => {
    expect(sigs('The first flight took off from Chennai shortly after midnight.')).toEqual(['flight:depart']);
    expect(sigs('India left the forum in 2019.')).toEqual([]);
  });
});

describe('pairs of one signature, one sentence a side (sameActorAct)', () => {
  const A = [
    'Ferry services across the strait will restart in May.',
    'Washington will hold off until spring on its chip-tool rule for foreign subsidiaries.',
  ];
  const B = [
    'The United States agreed to shelve the chip-tool rule.',
    'Ferries are to sail again across the strait from May.',
  ];
  const pairs = (a: readonly string[], b: readonly string[]) =>
    sameActorAct({ a: a.map(vec), b: b.map(vec) });

  it('pairs the one sentence on each side that tells it', () => {
    expect(pairs(A, B)).toEqual([{ a: 1, b: 0 }]);
  });

  it('a signature told twice on a side ties nothing', () => {
    expect(pairs([...A, 'Washington also said it would pause the chip-tool rule for a year.'], B)).toEqual(
      [],
    );
  });

  it('one act done to two things is two steps: the two must share what it is about', () => {
    expect(
      pairs(A, ['The United States agreed to shelve its port fees on cargo ships.', B[1] as string]),
    ).toEqual([]);
  });
});

describe('the selection pairs one actor doing one act told in other words', () => {
  const a = [
    'The city council approved the new tram line to Eastport on Monday.',
    'Construction will begin in March, the transport office said.',
    'Van makers were forced to scale back production as the parts shortage dragged on.',
    'The line will have twelve stops and run every ten minutes.',
  ];
  const b = [
    'Eastport will get a new tram line, the city council decided on Monday.',
    'Work on the line starts in March, the transport office said.',
    'Trams on the line will stop twelve times and run every ten minutes.',
    'Car manufacturers slashed output, blaming a shortage of parts.',
  ];
  const cand = (x: number, y: number, score: number): Candidate => ({
    a: x,
    b: y,
    score,
    shared: 3,
    unique: 1,
  });
  // Three anchors in order; the two sentences about output share too little to be candidates.
  const cands = [cand(0, 0, 0.8), cand(1, 1, 0.7), cand(3, 2, 0.7)];
  const pairs = (x: readonly string[], y: readonly string[], c: readonly Candidate[]) =>
    selectPairs(c, x.length, y.length, undefined, { a: x.map(vec), b: y.map(vec) })
      .map((p) => [p.a, p.b])
      .sort((p, q) => (p[0] as number) - (q[0] as number));

  it('takes the pair with no candidate, whichever article is A', () => {
    expect(pairs(a, b, cands)).toEqual([
      [0, 0],
      [1, 1],
      [2, 3],
      [3, 2],
    ]);
    const swapped = cands.map((c) => ({ ...c, a: c.b, b: c.a }));
    expect(pairs(b, a, swapped)).toEqual([
      [0, 0],
      [1, 1],
      [2, 3],
      [3, 2],
    ]);
  });

  it('leaves it when the two share nothing the act is about', () => {
    const other = [...b.slice(0, 3), 'Car manufacturers slashed output of pickups.'];
    expect(pairs(a, other, cands)).toEqual([
      [0, 0],
      [1, 1],
      [3, 2],
    ]);
  });
});
