/**
 * Round 49 (ADR 0144): a gathering named only as what a guest is invited to is background, not a
 * second happening that parts two sentences (facts.ts `backgroundOf`, evidence.ts `otherHappening`).
 * Sentences of our own (a river festival, a mayor's visit, a regatta); each test fails with the
 * rule removed.
 */
import { describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../../../src/core/annotate';
import { otherHappening } from '../../../src/core/compare/evidence';
import { backgroundOf } from '../../../src/core/compare/facts';
import type { Vector } from '../../../src/core/compare/features';
import { segment } from '../../../src/core/compare/segment';

/** A term record of `id` at the first `quote` of `text` (after `from`). */
const term = (text: string, quote: string, id: string, from = 0): AnnotationRecord => {
  const start = text.indexOf(quote, from);
  return {
    start,
    end: start + quote.length,
    quote,
    kind: 'term',
    factIds: [id],
    verdict: null,
    card: {} as AnnotationRecord['card'],
    reasons: [],
  };
};

const VISIT = 'event.mayor-visit';
const REGATTA = 'event.river-regatta';

/** The background events of each sentence of `text`, given its records and what each sentence tells. */
const background = (text: string, records: AnnotationRecord[]) => {
  const seg = segment(text);
  const events = seg.spans.map((sp) => {
    const set = new Set<string>();
    for (const r of records) if (r.start >= sp.start && r.start < sp.end) set.add(r.factIds[0] as string);
    return set;
  });
  return backgroundOf(seg, records, events).map((s) => [...s].sort());
};

describe('an invitation’s object is background (facts.ts backgroundOf)', () => {
  it('reads the gathering a guest is invited to, up to the next comma', () => {
    const text =
      'Mayor Olsen met the harbour board on Monday and handed over the governor’s invitation to the River Regatta in Sorby at the end of June.';
    expect(
      background(text, [
        term(text, 'on Monday', VISIT),
        term(text, 'River Regatta', REGATTA),
        term(text, 'at the end of June', REGATTA),
      ]),
    ).toEqual([[REGATTA]]);
    const invited = 'The governor invited Olsen to attend the River Regatta.';
    expect(background(invited, [term(invited, 'River Regatta', REGATTA)])).toEqual([[REGATTA]]);
  });

  it('leaves an event the sentence tells elsewhere, or past a comma, or with no invitation', () => {
    const twice =
      'The River Regatta opened on Sunday, and Olsen sent an invitation to the River Regatta dinner.';
    expect(
      background(twice, [term(twice, 'River Regatta', REGATTA), term(twice, 'River Regatta', REGATTA, 10)]),
    ).toEqual([[]]);
    const comma = 'Olsen accepted an invitation to speak, and the River Regatta opened on Sunday.';
    expect(background(comma, [term(comma, 'River Regatta', REGATTA)])).toEqual([[]]);
    const plain = 'Olsen travelled to the River Regatta in Sorby.';
    expect(background(plain, [term(plain, 'River Regatta', REGATTA)])).toEqual([[]]);
  });
});

describe('a side whose every told event is background tells no other happening (evidence.ts otherHappening)', () => {
  const told = (events: string[], background: string[] = []): Vector => ({
    w: new Map(),
    norm: 1,
    told: {
      events: new Set(events),
      mentioned: new Set(events),
      wholes: new Set(),
      ...(background.length ? { background: new Set(background) } : {}),
    },
  });
  it('does not part a visit from a sentence that names the regatta only as an invitation', () => {
    expect(otherHappening(told([VISIT]), told([REGATTA]))).toBe(true);
    expect(otherHappening(told([VISIT]), told([REGATTA], [REGATTA]))).toBe(false);
    expect(otherHappening(told([REGATTA], [REGATTA]), told([VISIT]))).toBe(false);
  });
  it('still parts them when the side tells another event of its own', () => {
    expect(otherHappening(told([VISIT]), told([REGATTA, 'event.bridge-opening'], [REGATTA]))).toBe(true);
  });
});
