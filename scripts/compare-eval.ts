/**
 * `npm run compare -- --eval`: the compare engine scored on the gold pairs of
 * test/fixtures/compare/ (format and batches in its README): the dev pairs one by one with their
 * totals per source, the cross-story count, the blind held-out batches' totals only (never a pair
 * on its own), and both sentence splitters. Split from scripts/compare.ts in round 12 (ADR 0022).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Evaluation, evaluate, measureSplitters, parseGoldPair, totals } from '../src/core/compare/gold';
import { type CompareOptions, compareArticles } from '../src/core/compare/index';

const ROOT = new URL('..', import.meta.url).pathname;

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/**
 * The batch a held-out pair belongs to, from its file name: `h2-3-name.txt` is batch `h2`;
 * the first batch's files (`h4-name.txt`) are `h1`. Batches are scored apart, so a new
 * batch is a fresh, blind estimate (test/fixtures/compare/README.md).
 */
export function heldOutBatch(file: string): string {
  const m = /^h(\d+)-\d+-/.exec(file);
  return m ? `h${m[1]}` : 'h1';
}

/**
 * The source of a file in `pairs/`: `pairs` for the first dev pairs, `d6` for the pairs
 * written in round six (`d6-N-name.txt`), and so on (`d8`, `d9`, `d10`, `d12`, `d14`), so each
 * set is scored on its own too (baseline.json `dev/dN`).
 */
export function devPairSource(file: string): string {
  const m = /^(d\d+)-\d+-/.exec(file);
  return m ? (m[1] as string) : 'pairs';
}

/**
 * Held-out batches promoted to dev: read pair by pair and tuned on since (session 4, issue
 * #10; h6 and h7 in round 10, h8 in round 11, h9 and h10 in session 12, h11 in session 13, h12 in session 14, h13 in session 15, h14 in session 16, h15 in session 17, … h22 in session 25, h23 in session 26, h24 in session 27, h25 in session 28, h26 in session 29, h27 in session 30, h28 in session 31, h29 in session 32, h30 in session 33, h31 in session 34). The one place that says so; every other batch stays blind
 * (totals only).
 */
export const PROMOTED_BATCHES: readonly string[] = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'h7',
  'h8',
  'h9',
  'h10',
  'h11',
  'h12',
  'h13',
  'h14',
  'h15',
  'h16',
  'h17',
  'h18',
  'h19',
  'h20',
  'h21',
  'h22',
  'h23',
  'h24',
  'h25',
  'h26',
  'h27',
  'h28',
  'h29',
  'h30',
  'h31',
];

/**
 * The key of a group's floor in test/fixtures/compare/baseline.json: `dev/pairs`, `dev/h1`
 * for the dev sources, `heldOut-h3` for a blind batch.
 */
export function baselineKey(group: string, dev: boolean): string {
  return dev ? `dev/${group}` : `heldOut-${group}`;
}

const fmtTotals = (t: ReturnType<typeof totals>) =>
  `pair recall ${pct(t.recall)} (goal ≥ 90 %), pair precision ${pct(t.precision)} (goal ≥ 95 %), unpaired listed ${pct(t.onlyListed)} (goal ≥ 90 %), conflicts exact in ${pct(t.conflictsExact)} of ${t.pairs} pairs`;

/** Totals of `ev` per group (`groups[k]` is the group of pair k), groups sorted. */
export function groupTotals(
  ev: Evaluation,
  groups: readonly string[],
): [string, ReturnType<typeof totals>][] {
  return [...new Set(groups)]
    .sort()
    .map(
      (g) => [g, totals(ev.scores.filter((_, k) => groups[k] === g))] as [string, ReturnType<typeof totals>],
    );
}

/**
 * The report of one evaluation, with totals per group (the dev pairs' source, or a blind
 * batch). With `blind` no pair is shown on its own, only totals: the held-out pairs stay
 * blind to whoever tunes the engine.
 */
function evalReport(
  name: string,
  ev: Evaluation,
  groups: readonly string[],
  { blind, verbose }: { blind: boolean; verbose: boolean },
): string {
  const lines = [`${name}:`];
  for (const [k, s] of (blind ? [] : ev.scores).entries()) {
    lines.push(
      `  ${`[${groups[k]}] ${s.name}`.slice(0, 75).padEnd(75)}  pairs ${s.correctPairs}/${s.proposedPairs} right, ${s.foundPairs}/${s.goldPairs} found; only ${s.listedOnly}/${s.goldOnly}; conflicts ${s.conflictsExact ? 'exact' : `WRONG (${s.conflictsFound.join(', ') || 'none found'})`}`,
    );
    if (verbose && (s.wrongPairs.length || s.missedPairs.length || s.missedOnly.length))
      lines.push(
        `      wrong: ${s.wrongPairs.join(' ') || '-'}; missed: ${s.missedPairs.join(' ') || '-'}; only not listed: ${s.missedOnly.join(' ') || '-'}`,
      );
  }
  if (!ev.scores.length) {
    lines.push('  none');
    return lines.join('\n');
  }
  lines.push(`  all: ${fmtTotals(ev.totals)}`);
  for (const [g, t] of groupTotals(ev, groups)) lines.push(`  ${g}: ${fmtTotals(t)}`);
  for (const [k, v] of Object.entries(ev.segmentation))
    lines.push(`  splitter ${k}: ${v.exact} of ${v.gold} gold sentences exact (${v.engine} sentences found)`);
  return lines.join('\n');
}

/**
 * Pairs proposed when one dev article is compared with the other side of another dev pair
 * (different stories, sometimes one theme): a precision check on material with no gold,
 * where most proposed pairs are wrong; and the conflicts found there (some real: the dev
 * articles give wrong figures on purpose; many a value the claim engine tied to the wrong fact).
 */
export function crossStory(
  dev: readonly Gold[],
  options: CompareOptions,
): { comparisons: number; pairs: number; conflicts: number } {
  let comparisons = 0;
  let pairs = 0;
  let conflicts = 0;
  for (const [i, g] of dev.entries())
    for (const [j, h] of dev.entries()) {
      if (i === j || g.a.text === h.b.text) continue;
      const r = compareArticles(
        { text: g.a.text, published: g.a.published },
        { text: h.b.text, published: h.b.published },
        options,
      );
      comparisons++;
      pairs += r.pairs.length;
      conflicts += r.conflicts.length;
    }
  return { comparisons, pairs, conflicts };
}

type Gold = ReturnType<typeof parseGoldPair>;

/**
 * The gold pairs, parsed: the dev pairs (`pairs/` and the promoted held-out batches), the
 * blind held-out pairs, and the splitter's hard cases.
 */
export function goldSets(): {
  /** `pairs/` and the promoted batches' pairs. */
  dev: Gold[];
  /** Where each dev pair comes from: `pairs` or its batch (`h1`, …). */
  devSources: string[];
  /** The held-out pairs of batches not promoted. */
  heldOut: Gold[];
  /** The batch of each held-out pair (heldOutBatch). */
  heldOutBatches: string[];
  splitting: Gold;
} {
  const dir = (d: string) => join(ROOT, 'test/fixtures/compare', d);
  const files = (d: string) =>
    readdirSync(dir(d))
      .filter((f) => f.endsWith('.txt'))
      .sort();
  const load = (d: string, f: string) => parseGoldPair(readFileSync(join(dir(d), f), 'utf8'));
  const held = files('held-out');
  const promoted = held.filter((f) => PROMOTED_BATCHES.includes(heldOutBatch(f)));
  const blind = held.filter((f) => !PROMOTED_BATCHES.includes(heldOutBatch(f)));
  return {
    dev: [...files('pairs').map((f) => load('pairs', f)), ...promoted.map((f) => load('held-out', f))],
    devSources: [...files('pairs').map(devPairSource), ...promoted.map(heldOutBatch)],
    heldOut: blind.map((f) => load('held-out', f)),
    heldOutBatches: blind.map(heldOutBatch),
    splitting: parseGoldPair(readFileSync(dir('segmentation.txt'), 'utf8')),
  };
}

/** The cross-story line of the report; `null` when `--no-cross-story` skipped it. */
export function crossStoryLine(cross: ReturnType<typeof crossStory> | null): string {
  if (!cross) return '  cross-story: skipped (--no-cross-story)';
  return `  cross-story: ${cross.pairs} pairs proposed over ${cross.comparisons} comparisons of one dev article with another pair's other side (many wrong; some tell one fact twice); ${cross.conflicts} conflicts`;
}

/**
 * The report `npm run compare -- --eval [--verbose] [--no-cross-story]` prints; with
 * `cross` false (`--no-cross-story`) the slow cross-story count is skipped and said so.
 */
export function evalOutput(options: CompareOptions, verbose: boolean, cross = true): string {
  const { dev, devSources, heldOut, heldOutBatches, splitting } = goldSets();
  const lines = [
    evalReport(
      `Dev pairs (pairs/ and promoted batches ${PROMOTED_BATCHES.join(', ')})`,
      evaluate(dev, options),
      devSources,
      { blind: false, verbose },
    ),
    crossStoryLine(cross ? crossStory(dev, options) : null),
    '',
    evalReport('Held-out pairs (blind: totals only, per batch)', evaluate(heldOut, options), heldOutBatches, {
      blind: true,
      verbose: false,
    }),
    '',
    'Splitter hard cases (test/fixtures/compare/segmentation.txt):',
    ...Object.entries(measureSplitters([splitting.a])).map(
      ([k, v]) =>
        `  splitter ${k}: ${v.exact} of ${v.gold} gold sentences exact (${v.engine} sentences found)`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
