/**
 * `rulesFor` (ADR 0048, round 20): the temporal rules whose every match holds a digit are not run over
 * words without one, nor those whose every match names a unit of time over words naming none. A woken
 * worker's first page (the trap pages: the claims engine runs to say "no") then compiles fewer
 * patterns; what the rules find must be the same, so every rule left out must be one that could not
 * have matched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIGIT_RULES, RULES, rulesFor, UNIT_RULES } from '../../../src/core/claims/temporal-rules';
import type { TemporalRule } from '../../../src/core/claims/temporal-types';

const ROOT = join(import.meta.dirname, '../../..');
const dir = join(ROOT, 'test/fixtures/eval/articles');
const sentences = readdirSync(dir)
  .filter((n) => n.endsWith('.json'))
  .flatMap((n) => {
    const a = JSON.parse(readFileSync(join(dir, n), 'utf8')) as { title: string; paragraphs: string[] };
    return [a.title, ...a.paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+/))];
  });

const names = (rules: readonly { name: string }[]) => rules.map((r) => r.name);
const once = (r: TemporalRule) => new RegExp(r.pattern.source, r.pattern.flags.replace('g', ''));
const byName = (set: ReadonlySet<string>) => RULES.filter((r) => set.has(r.name));

describe('rulesFor: the rules that need a digit, left out where there is none', () => {
  it('leaves them out of words without a digit, and keeps the others in order', () => {
    const got = names(rulesFor('Officials said on Tuesday in May that tourists came last year.'));
    for (const name of DIGIT_RULES) expect(got).not.toContain(name);
    expect(got).toEqual(names(RULES.filter((r) => !DIGIT_RULES.has(r.name))));
  });

  it('keeps them where a digit is', () => {
    const got = names(rulesFor('Officials said on Tuesday that tourists came in 2019 last year.'));
    for (const name of DIGIT_RULES) expect(got).toContain(name);
  });

  it('names only rules that exist', () => {
    expect(byName(DIGIT_RULES).length).toBe(DIGIT_RULES.size);
  });

  it('needs a digit in every match: no eval sentence, its digits made letters, matches them', () => {
    for (const rule of byName(DIGIT_RULES)) {
      const pattern = once(rule);
      const hits = sentences.map((s) => s.replace(/\d/g, 'x')).filter((s) => pattern.test(s));
      expect({ rule: rule.name, hits }).toEqual({ rule: rule.name, hits: [] });
    }
  });

  it('needs a digit in every match: the pattern without its digit atoms matches nothing', () => {
    for (const rule of byName(DIGIT_RULES)) {
      const without = new RegExp(
        rule.pattern.source.replaceAll('\\d', '(?!)'),
        rule.pattern.flags.replace('g', ''),
      );
      const hits = sentences.filter((s) => without.test(s));
      expect({ rule: rule.name, hits }).toEqual({ rule: rule.name, hits: [] });
    }
  });
});

describe('rulesFor: the rules that need a unit of time, left out where none is named', () => {
  it('leaves them out of words naming no unit of time, and keeps the others in order', () => {
    const got = names(rulesFor('Officials said in May 2019 that 3 million tourists came.'));
    for (const name of UNIT_RULES) expect(got).not.toContain(name);
    expect(got).toEqual(names(RULES.filter((r) => !UNIT_RULES.has(r.name))));
  });

  it('keeps them where a unit of time or a weekday is named, in any case', () => {
    for (const words of ['two YEARS ago', 'on Monday', 'over the weekend', 'a decade', 'next month'])
      for (const name of UNIT_RULES) expect(names(rulesFor(words))).toContain(name);
  });

  it('names only rules that exist', () => {
    expect(byName(UNIT_RULES).length).toBe(UNIT_RULES.size);
  });

  it('needs a unit of time in every match: no eval sentence, its units made other words, matches them', () => {
    for (const rule of byName(UNIT_RULES)) {
      const pattern = once(rule);
      const hits = sentences
        .map((s) => s.replace(/day|week|month|year|decade/gi, 'xx'))
        .filter((s) => pattern.test(s));
      expect({ rule: rule.name, hits }).toEqual({ rule: rule.name, hits: [] });
    }
  });

  it('finds what it found before where the words are there', () => {
    const hits = byName(UNIT_RULES).filter((r) => sentences.some((s) => once(r).test(s)));
    expect(hits.length).toBeGreaterThan(5);
  });
});

describe('rulesFor: every rule left out, in every eval sentence, has no match there', () => {
  it('leaves out only rules without a match', () => {
    let left = 0;
    const patterns = new Map(RULES.map((r) => [r, once(r)]));
    for (const s of sentences) {
      const kept = new Set(rulesFor(s));
      for (const rule of RULES) {
        if (kept.has(rule)) continue;
        left++;
        const matched = patterns.get(rule)?.test(s);
        expect({ rule: rule.name, s, matched }).toEqual({ rule: rule.name, s, matched: false });
      }
    }
    expect(left).toBeGreaterThan(5000);
  });
});
