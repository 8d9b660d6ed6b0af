/**
 * Altered counts written as a part of a group named before them (issue #7, ADR 0114). Sentences written
 * for the rule (not the corpus text); the `differs` test fails without it.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../src/core/claims/numbers';
import { claimAt } from './claims-of';

const PLA_KILLED = 'quantity.galwan-pla-soldiers-killed'; // four

const honoured = (n: string) =>
  `Five Chinese officers and soldiers who fought in the Galwan Valley clash with Indian troops last June have been honoured by the military, ${n} of whom lost their lives, the PLA Daily said on Friday.`;

describe('rule 1: "six of whom lost their lives" counts the dead of the group named before it', () => {
  it('a wrong count of the PLA dead: differs', () => {
    expect(claimAt(honoured('six'), '2021-02-20', 'six of whom')).toMatchObject({
      fact: PLA_KILLED,
      verdict: 'differs',
    });
  });
  it('the right count stays consistent', () => {
    expect(claimAt(honoured('four'), '2021-02-20', 'four of whom')).toMatchObject({
      fact: PLA_KILLED,
      verdict: 'consistent',
    });
  });
  it('a part with another fate ("four of whom were decorated") is no head count', () => {
    const text = 'Five soldiers were named, four of whom were decorated.';
    const found = findNumbers(text, { start: 0, end: text.length }).map((n) => n.text);
    expect(found).toEqual(['Five soldiers']);
  });
});

describe('rule 1: a part whose measure is one of two sides’ counts is read only when it agrees', () => {
  const clash = (n: string) =>
    `BEIJING, Feb. 20 — Five Chinese officers and soldiers who fought in the Galwan Valley clash with Indian troops last June were honoured by the army, ${n} of whom lost their lives, the PLA Daily said on Friday.`;
  it('a wrong count between the Indian and the Chinese dead is no differs of either', () => {
    expect(claimAt(clash('six'), '2021-02-20', 'six of whom')?.verdict ?? null).not.toBe('differs');
  });
  it('the right count is the Chinese dead, consistent', () => {
    expect(claimAt(clash('four'), '2021-02-20', 'four of whom')).toMatchObject({
      fact: PLA_KILLED,
      verdict: 'consistent',
    });
  });
});
