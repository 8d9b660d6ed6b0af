/**
 * Session 27 (fig27, ADR 0106): a share of another order than its record, in a clause that names
 * its measure unmistakably, is the record's share stated wrong. Sentences written for the rule
 * (not from the eval corpus), checked to fail without it, and sentences it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-of';

const REFINING = 'quantity.china-rare-earth-refining-share';
const PUB = '2025-11-05';

describe('a share far from its record, "of" a whole, with its measure beside it (measure-clear.ts)', () => {
  const T = "Export licences are still slow, and China now refines about 45% of the world's rare earths.";
  it('"China now refines about 45% of the rare earths …": the refining share stated wrong', () => {
    expect(claimAt(T, PUB, 'about 45%')).toMatchObject({ fact: REFINING, verdict: 'differs' });
  });
  it('the right share stays consistent', () => {
    expect(claimAt(T.replace('45%', '90%'), PUB, 'about 90%')).toMatchObject({
      fact: REFINING,
      verdict: 'consistent',
    });
  });
  it('leaves alone a percentage that is not a share "of" a whole (a threshold)', () => {
    const U =
      'The rules reach goods refined abroad with as little as 0.1% Chinese-origin rare earths by value.';
    expect(claimAt(U, PUB, '0.1%')?.verdict ?? null).not.toBe('differs');
  });
  it('leaves alone a percentage above 100, no share of a whole', () => {
    const W = T.replace('about 45%', 'about 270,000%');
    expect(claimAt(W, PUB, 'about 270,000%')?.verdict ?? null).not.toBe('differs');
  });
  it('leaves alone a change in a share', () => {
    const V = 'China now refines rare earths, its exports down 45% of last year’s level.';
    expect(claimAt(V, PUB, '45%')?.verdict ?? null).not.toBe('differs');
  });
});
