/**
 * The figure rules' screens (ADR 0048, round 18): a rule whose word (its unit, what it counts, a digit)
 * is not in the sentence is not run. What `findNumbers` finds must be the same: every rule left out
 * must be one that could not have matched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findNumbers, NUMBER_RULES } from '../../../src/core/claims/numbers';

const ROOT = join(import.meta.dirname, '../../..');
const dir = join(ROOT, 'test/fixtures/eval/articles');
const sentences = readdirSync(dir)
  .filter((n) => n.endsWith('.json'))
  .flatMap((n) => {
    const a = JSON.parse(readFileSync(join(dir, n), 'utf8')) as { title: string; paragraphs: string[] };
    return [a.title, ...a.paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+/))];
  });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('findNumbers: a figure rule runs only where the word it needs is', () => {
  it('runs none of its patterns over a sentence without a unit, a counted noun or a digit', () => {
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    const text = 'The ministers met again and agreed on nothing new.';
    expect(findNumbers(text, { start: 0, end: text.length })).toEqual([]);
    const patterns = new Set(NUMBER_RULES.map(([p]) => p));
    expect(exec.mock.contexts.filter((re) => patterns.has(re as RegExp))).toEqual([]);
  });

  it('still runs the rule whose word is there', () => {
    const text = 'About 20 soldiers and 30 applications, 5 km away, up 4 per cent, 390,000 tonnes.';
    expect(findNumbers(text, { start: 0, end: text.length }).map((n) => n.unit)).toEqual([
      'people',
      'count',
      'km',
      'percent',
      'tonnes',
    ]);
  });
});

describe('findNumbers: a rule left out could not have matched', () => {
  it("needs its screen's word in every match (built from the rule's own words, or a digit)", () => {
    for (const [pattern, , needs] of NUMBER_RULES)
      expect(pattern.source.includes(needs.source === '\\d' ? '\\d' : needs.source.replace(/\\b$/, ''))).toBe(
        true,
      );
  });

  it('leaves out, in every sentence of the eval articles, only rules without a match there', () => {
    let left = 0;
    for (const s of sentences)
      for (const [pattern, unit, needs] of NUMBER_RULES) {
        if (needs.test(s)) continue;
        left++;
        const matched = new RegExp(pattern.source, 'i').test(s);
        expect({ unit, s, matched }).toEqual({ unit, s, matched: false });
      }
    expect(left).toBeGreaterThan(1000);
  });
});
