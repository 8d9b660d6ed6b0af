/**
 * Round 42 (ADR 0112): compare's precision and conflicts, with claims and sentences of our own
 * (a ferry line on a canal, its toll); each test fails with its rule removed.
 */
import { describe, expect, it } from 'vitest';
import type { SideClaim } from '../../../src/core/compare/facts';
import { conflictsOf } from '../../../src/core/compare/facts-view';
import type { Vector } from '../../../src/core/compare/features';
import { differentFiguresOnly } from '../../../src/core/compare/figures-both-write';
import { otherSpeakers } from '../../../src/core/compare/other-speakers';
import { notOwnedElsewhere } from '../../../src/core/compare/own-readings';
import { tokenize } from '../../../src/core/compare/tokens';
import type { Conflict } from '../../../src/core/compare/types';

const claim = (
  over: Partial<SideClaim> & Pick<SideClaim, 'factId' | 'quote' | 'resolved' | 'record'>,
): SideClaim => ({
  sentence: 0,
  start: 60,
  end: 70,
  verdict: over.resolved === over.record ? 'consistent' : 'differs',
  ...over,
});

describe('an across-reading of words the article ties to another fact (own-readings.ts)', () => {
  // A: "The canal authority put off the ferry rules due to take effect on May 8."
  // B: "The canal authority put off the ferry rules it had announced on April 9."
  const ownA = claim({
    factId: 'event.ferry-rules-effective',
    quote: 'May 8',
    resolved: '8 May 2031',
    record: '8 May 2031',
  });
  const ownB = claim({
    factId: 'instrument.ferry-rules',
    quote: 'April 9',
    resolved: '9 Apr 2031',
    record: '9 Apr 2031',
  });
  // B's "April 9" read in A's sentence, in the slot of "May 8": the rules' effective day.
  const acrossB = claim({
    factId: 'event.ferry-rules-effective',
    quote: 'April 9',
    resolved: '9 Apr 2031',
    record: '8 May 2031',
  });
  const facts = new Map([
    ['event.ferry-rules-effective', { id: 'event.ferry-rules-effective', title: 'Ferry rules take effect' }],
    ['instrument.ferry-rules', { id: 'instrument.ferry-rules', title: 'Ferry rules' }],
  ]);
  const lookup = (id: string) => facts.get(id) as never;

  it('drops a reading whose words give exactly another fact’s recorded value', () => {
    expect(notOwnedElsewhere([acrossB], [ownB])).toEqual([]);
    expect(conflictsOf([ownA], [ownB, ...notOwnedElsewhere([acrossB], [ownB])], lookup)).toEqual([]);
    // Without the filter the two days of two happenings would be a conflict.
    expect(conflictsOf([ownA], [ownB, acrossB], lookup).map((c) => c.factId)).toEqual([
      'event.ferry-rules-effective',
    ]);
  });

  it('keeps a reading whose words are only a day within another fact’s span', () => {
    // "…met on May 9, on the margins of the fair" where the fair ran 8–9 May: the day may be the meeting's.
    const fair = claim({
      factId: 'event.ferry-fair',
      quote: 'May 9',
      resolved: '9 May 2031',
      record: '8–9 May 2031',
      verdict: 'consistent',
    });
    const meeting = claim({
      factId: 'event.ferry-meeting',
      quote: 'May 9',
      resolved: '9 May 2031',
      record: '8 May 2031',
    });
    expect(notOwnedElsewhere([meeting], [fair])).toEqual([meeting]);
  });

  it('keeps a reading of other words, or of words tied to the same fact', () => {
    const elsewhere = { ...acrossB, start: 10, end: 20 };
    expect(notOwnedElsewhere([elsewhere], [ownB])).toEqual([elsewhere]);
    expect(notOwnedElsewhere([acrossB], [{ ...ownB, sentence: 1 }])).toEqual([acrossB]);
    const reporting = { ...ownB, reporting: true };
    expect(notOwnedElsewhere([acrossB], [reporting])).toEqual([acrossB]);
  });
});

describe('two paired sentences that write the same figures (figures-both-write.ts)', () => {
  const sentences = {
    a: ['The canal toll would fall to 10% from 20%, the harbour master said.'],
    b: ['The harbour will lower its 20 percent canal toll by 10 percentage points.'],
  };
  const conflict = (a: string, b: string, va: string, vb: string): Conflict => ({
    factId: 'quantity.canal-toll-after-cut',
    title: 'Canal toll after the cut',
    a: { quote: a, value: va, sentence: 0, verdict: 'consistent' },
    b: { quote: b, value: vb, sentence: 0, verdict: 'differs' },
    record: '10 percent',
    supports: 'a',
  });
  const paired = (i: number, j: number) => i === 0 && j === 0;

  it('drops a conflict of two figures each sentence writes', () => {
    const c = conflict('10%', '20 percent', '10 percent', '20 percent');
    expect(differentFiguresOnly([c], sentences, paired)).toEqual([]);
  });

  it('keeps it when the sentences are not paired, a figure is one side’s only, or the values are dates', () => {
    const c = conflict('10%', '20 percent', '10 percent', '20 percent');
    expect(differentFiguresOnly([c], sentences, () => false)).toEqual([c]);
    const other = {
      a: sentences.a,
      b: ['The harbour will cut its canal toll to 15 percent from 20 percent.'],
    };
    const d = conflict('10%', '15 percent', '10 percent', '15 percent');
    expect(differentFiguresOnly([d], other, paired)).toEqual([d]);
    const months = {
      a: ['The two have been at odds since June 2031.'],
      b: ['The two have been at odds since May 2031.'],
    };
    const e = conflict('June 2031', 'May 2031', 'Jun 2031', 'May 2031');
    expect(differentFiguresOnly([e], months, paired)).toEqual([e]);
  });
});

describe('two remarks of two speakers (other-speakers.ts)', () => {
  /** A vector of `words` whose person names are `persons`. */
  const said = (words: string, persons: string[]): Vector => {
    const keys = tokenize(words, []).map((t) => t.key);
    const names = new Set(persons.flatMap((p) => tokenize(p, []).map((t) => t.key)));
    return { w: new Map(keys.map((k) => [k, 1])), norm: Math.sqrt(keys.length), text: words, names };
  };
  const mayor = said(
    'According to the city readout, Okafor told Brandt that the two ports were partners and not rivals.',
    ['Okafor', 'Brandt'],
  );
  const other = said('Brandt said the two ports should be partners rather than rivals.', ['Brandt']);

  it('keeps two remarks apart when their speakers differ, whichever side is which', () => {
    expect(otherSpeakers(mayor, other)).toBe(true);
    expect(otherSpeakers(other, mayor)).toBe(true);
  });

  it('leaves one speaker’s remarks, and a sentence with no named speaker, to the other rules', () => {
    const same = said('Okafor said the ports were partners, not rivals.', ['Okafor']);
    expect(otherSpeakers(mayor, same)).toBe(false);
    const unnamed = said('The harbour board said the ports were partners, not rivals.', []);
    expect(otherSpeakers(unnamed, other)).toBe(false);
  });
});
