/**
 * Round 18's cost changes (ADR 0022, "Round 18, cost") are caches and cheap bounds: none may
 * change what a comparison finds. Checked on the dev pairs: each bound against the work it
 * skips, each cache against a fresh computation, and the whole comparison of every dev pair
 * with its caches cold and warm.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { mayHoldWord } from '../../../src/core/claims/carried-length';
import { factInterval } from '../../../src/core/claims/dates';
import { escapeRegExp } from '../../../src/core/claims/words';
import { parseGoldPair } from '../../../src/core/compare/gold';
import { stem, tokenize } from '../../../src/core/compare/tokens';
import { allMatches } from '../../../src/core/match/all-matches';

const PAIRS = join(import.meta.dirname, '../../fixtures/compare/pairs');
const pairs = readdirSync(PAIRS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => parseGoldPair(readFileSync(join(PAIRS, f), 'utf8')));
const sentences = pairs.flatMap((p) =>
  [p.a, p.b].flatMap((side) => side.sentences.map(({ span }) => side.text.slice(span.start, span.end))),
);

/** The pattern carried-length.ts looks for a cue word with, built afresh. */
const wordPattern = (w: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, 'iu');

describe('cost18: the bound before a cue word pattern (carried-length.ts) skips only misses', () => {
  it('is true wherever the pattern matches, for every cue word over every dev-pair article', {
    timeout: 180_000,
  }, async () => {
    const { bundledBase } = await import('../../../scripts/compare');
    const words = new Set<string>();
    for (const fact of bundledBase().facts.values())
      for (const cue of fact.cues ?? []) for (const w of cue.allOf.flat()) words.add(w);
    expect(words.size).toBeGreaterThan(50);
    const texts = pairs.flatMap((p) => [p.a.text, p.b.text]);
    let matched = 0;
    for (const w of words) {
      const re = wordPattern(w);
      for (const t of texts) {
        if (!re.test(t)) continue;
        matched++;
        expect(mayHoldWord(t, t.toLowerCase(), w), w).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(100);
  });

  it('keeps the case-insensitive matches that lower-casing alone would miss', () => {
    for (const [clause, w] of [
      ['The SUSPENSION lasts a year', 'suspension'],
      ['The ſuspension lasts a year', 'suspension'], // long s folds to s
      ['a \u212Aazan meeting', 'kazan'], // Kelvin sign folds to k
      ['the Suspension', 'Suspension'],
    ] as const) {
      expect(wordPattern(w).test(clause)).toBe(true);
      expect(mayHoldWord(clause, clause.toLowerCase(), w)).toBe(true);
    }
    expect(mayHoldWord('The pause lasts a year', 'the pause lasts a year', 'suspension')).toBe(false);
    // A word outside ASCII is always tried.
    expect(mayHoldWord('nothing here', 'nothing here', 'ţară')).toBe(true);
  });
});

describe('cost18: kept results equal fresh ones', () => {
  it("factInterval: a fact's interval, kept per date object, equals one worked out afresh", async () => {
    const { bundledBase } = await import('../../../scripts/compare');
    let dated = 0;
    for (const fact of bundledBase().facts.values()) {
      if (!fact.date) continue;
      dated++;
      const kept = factInterval(fact.date);
      expect(factInterval(fact.date)).toBe(kept);
      expect(factInterval({ ...fact.date })).toEqual(kept);
    }
    expect(dated).toBeGreaterThan(20);
  });

  it('stem: the guarded -ize/-our replacements give what the unguarded ones gave, on every dev-pair word', () => {
    const unguarded = (w: string) => {
      const guarded = stem(w);
      // stem's last step, unguarded, is idempotent: applying it again changes nothing.
      return guarded.replace(/iz(ation|er|e|)$/, 'is$1').replace(/our$/, 'or') === guarded;
    };
    const words = new Set(sentences.flatMap((s) => s.toLowerCase().match(/\p{L}+/gu) ?? []));
    for (const w of [...words, 'organize', 'organization', 'realizer', 'colour', 'behaviour', 'izz'])
      expect(unguarded(w), w).toBe(true);
    expect(stem('organization')).toBe('organisation');
    expect(stem('colour')).toBe('color');
  });

  it('allMatches: a kept unicode pattern still steps over an empty match by a code point', () => {
    const re = /(?:)/gu;
    const once = allMatches('a😀b', re).map((m) => m.index);
    expect(allMatches('a😀b', re).map((m) => m.index)).toEqual(once);
    expect(once).toEqual([...'a😀b'.matchAll(re)].map((m) => m.index));
  });

  it('tokenize gives the same tokens on a second reading of the dev-pair sentences', () => {
    const first = sentences.map((s) => tokenize(s));
    expect(sentences.map((s) => tokenize(s))).toEqual(first);
  });
});

describe('cost18: every dev pair compared with caches cold and warm', () => {
  it('finds the same pairs, conflicts and facts', { timeout: 240_000 }, async () => {
    vi.resetModules();
    const { compareArticles } = await import('../../../src/core/compare/index');
    const { bundledBase } = await import('../../../scripts/compare');
    const base = bundledBase();
    const run = (p: (typeof pairs)[number]) =>
      compareArticles(
        { text: p.a.text, published: p.a.published },
        { text: p.b.text, published: p.b.published },
        { factBase: base },
      );
    // First pass: the module-level caches fill as the pairs go (the first pair meets them empty).
    const cold = pairs.map(run);
    // Second pass, in reverse order: every cached pattern, interval and word is now a hit.
    const warm = [...pairs].reverse().map(run).reverse();
    for (let k = 0; k < pairs.length; k++) {
      const [c, w] = [cold[k], warm[k]];
      expect(w?.pairs, pairs[k]?.name).toEqual(c?.pairs);
      expect(w?.conflicts, pairs[k]?.name).toEqual(c?.conflicts);
      expect(w?.facts, pairs[k]?.name).toEqual(c?.facts);
      expect(w).toEqual(c);
    }
    expect(cold.reduce((n, r) => n + r.pairs.length, 0)).toBeGreaterThan(100);
  });
});
