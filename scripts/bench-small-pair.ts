/**
 * The compare benches' ~2 000-word pair, built in one place (bench-compare.ts, bench-compare-page-pair.ts and
 * eval/rule-cost.ts measure the same two texts): the dev pairs, then the held-out pairs, each side joined
 * into one article until side A has `minWords` words. The dev pairs alone pass 2 000 words, so the held-out
 * folder (which grows by batches) only matters for a larger `minWords`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGoldPair } from '../src/core/compare/gold';

export const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

export function smallComparePair(root: string, minWords = 2_000): { a: string; b: string } {
  const sides: { a: string; b: string }[] = [];
  let count = 0;
  for (const dir of ['pairs', 'held-out'].map((d) => join(root, 'test/fixtures/compare', d)))
    for (const f of readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      if (count >= minWords) break;
      const p = parseGoldPair(readFileSync(join(dir, f), 'utf8'));
      sides.push({ a: p.a.text, b: p.b.text });
      count += words(p.a.text);
    }
  return { a: sides.map((p) => p.a).join('\n'), b: sides.map((p) => p.b).join('\n') };
}
