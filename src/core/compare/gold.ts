/**
 * Dev pairs with gold alignments (test/fixtures/compare/README.md) and the scorer that
 * measures a comparison against them: pair recall and precision, unpaired sentences listed
 * as only-A/only-B, conflicts, and how well a splitter finds the gold sentences. Pure, so
 * the unit test and `npm run compare -- --eval` share it.
 */
import type { Span } from '../match/sentences';
import { compareArticles } from './index';
import { segment } from './segment';
import type { CompareOptions, CompareResult, SegmenterChoice } from './types';

export interface GoldSide {
  readonly text: string;
  readonly published: string | null;
  /** Gold sentence spans in `text`, with their ids ("a3"). */
  readonly sentences: readonly { readonly id: string; readonly span: Span }[];
}

export interface GoldPair {
  readonly name: string;
  readonly a: GoldSide;
  readonly b: GoldSide;
  /** Gold sentence-index pairs [a, b]. */
  readonly pairs: readonly (readonly [number, number])[];
  readonly onlyA: readonly number[];
  readonly onlyB: readonly number[];
  /** Fact ids with a conflicting date or figure. */
  readonly conflicts: readonly string[];
}

function side(lines: readonly string[], letter: 'a' | 'b', published: string | null): GoldSide {
  const sentences: { id: string; span: Span }[] = [];
  let text = '';
  let paragraphOpen = false;
  for (const line of lines) {
    if (!line.trim()) {
      paragraphOpen = false;
      continue;
    }
    const m = new RegExp(`^(${letter}\\d+) (.+)$`).exec(line);
    if (!m) throw new Error(`expected "${letter}N sentence", got: ${line}`);
    if (text) text += paragraphOpen ? ' ' : '\n';
    const start = text.length;
    text += (m[2] as string).trim();
    sentences.push({ id: m[1] as string, span: { start, end: text.length } });
    paragraphOpen = true;
  }
  return { text, published, sentences };
}

/** Parses one dev-pair file (format in test/fixtures/compare/README.md). Throws on a malformed file. */
export function parseGoldPair(source: string): GoldPair {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const header = new Map<string, string>();
  const sections = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of lines) {
    const sec = /^== (A|B|gold)$/.exec(line);
    if (sec) {
      current = [];
      sections.set(sec[1] as string, current);
    } else if (current) current.push(line);
    else if (/^[a-z-]+: /.test(line)) {
      const k = line.indexOf(': ');
      header.set(line.slice(0, k), line.slice(k + 2).trim());
    }
  }
  const a = side(sections.get('A') ?? [], 'a', header.get('published-a') ?? null);
  const b = side(sections.get('B') ?? [], 'b', header.get('published-b') ?? null);
  const ia = new Map(a.sentences.map((s, i) => [s.id, i]));
  const ib = new Map(b.sentences.map((s, i) => [s.id, i]));
  const pairs: [number, number][] = [];
  const onlyA: number[] = [];
  const onlyB: number[] = [];
  const seen = new Set<string>();
  const mark = (id: string) => {
    if (seen.has(id)) throw new Error(`${id} appears twice in gold`);
    seen.add(id);
  };
  for (const line of sections.get('gold') ?? []) {
    if (!line.trim()) continue;
    const [x, y] = line.trim().split(/\s+/) as [string, string];
    if (x !== '-') mark(x);
    if (y !== '-') mark(y);
    const i = ia.get(x);
    const j = ib.get(y);
    if (x !== '-' && i === undefined) throw new Error(`unknown sentence ${x}`);
    if (y !== '-' && j === undefined) throw new Error(`unknown sentence ${y}`);
    if (i !== undefined && j !== undefined) pairs.push([i, j]);
    else if (i !== undefined) onlyA.push(i);
    else if (j !== undefined) onlyB.push(j);
  }
  for (const s of [...a.sentences, ...b.sentences])
    if (!seen.has(s.id)) throw new Error(`${s.id} has no gold line`);
  const c = header.get('conflicts') ?? 'none';
  return {
    name: header.get('name') ?? '',
    a,
    b,
    pairs,
    onlyA,
    onlyB,
    conflicts: c === 'none' ? [] : c.split(/\s+/),
  };
}

/** For each engine sentence, the gold sentence it overlaps most (-1 if none). */
export function mapToGold(engine: readonly Span[], gold: GoldSide): number[] {
  return engine.map((e) => {
    let best = -1;
    let overlap = 0;
    gold.sentences.forEach((g, k) => {
      const o = Math.min(e.end, g.span.end) - Math.max(e.start, g.span.start);
      if (o > overlap) {
        overlap = o;
        best = k;
      }
    });
    return best;
  });
}

/** Engine sentence spans recovered from the result's sentence texts (in order). */
export function spansOf(text: string, sentences: readonly string[]): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const s of sentences) {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`sentence not found in text: ${s.slice(0, 40)}`);
    out.push({ start, end: start + s.length });
    from = start + s.length;
  }
  return out;
}

export interface Score {
  readonly goldPairs: number;
  readonly foundPairs: number;
  readonly proposedPairs: number;
  readonly correctPairs: number;
  readonly goldOnly: number;
  readonly listedOnly: number;
  readonly conflictsExact: boolean;
  readonly conflictsFound: readonly string[];
  /** Details for the report. */
  readonly wrongPairs: readonly string[];
  readonly missedPairs: readonly string[];
  readonly missedOnly: readonly string[];
}

/** Scores one comparison against its gold. */
export function scorePair(gold: GoldPair, result: CompareResult): Score {
  const ga = mapToGold(spansOf(gold.a.text, result.sentences.a), gold.a);
  const gb = mapToGold(spansOf(gold.b.text, result.sentences.b), gold.b);
  const key = (i: number, j: number) => `${i}:${j}`;
  const goldSet = new Set(gold.pairs.map(([i, j]) => key(i, j)));
  const found = new Set<string>();
  const wrongPairs: string[] = [];
  let correct = 0;
  for (const p of result.pairs) {
    const k = key(ga[p.a] as number, gb[p.b] as number);
    if (goldSet.has(k)) {
      correct++;
      found.add(k);
    } else
      wrongPairs.push(
        `${gold.a.sentences[ga[p.a] as number]?.id ?? '?'}–${gold.b.sentences[gb[p.b] as number]?.id ?? '?'}`,
      );
  }
  const missedPairs = gold.pairs
    .filter(([i, j]) => !found.has(key(i, j)))
    .map(([i, j]) => `${gold.a.sentences[i]?.id}–${gold.b.sentences[j]?.id}`);
  const engineOnlyA = new Set(result.onlyA);
  const engineOnlyB = new Set(result.onlyB);
  const listed = (g: number, map: readonly number[], only: ReadonlySet<number>) => {
    const mine = map.flatMap((m, k) => (m === g ? [k] : []));
    return mine.length > 0 && mine.every((k) => only.has(k));
  };
  const missedOnly: string[] = [];
  let listedOnly = 0;
  for (const g of gold.onlyA)
    if (listed(g, ga, engineOnlyA)) listedOnly++;
    else missedOnly.push(gold.a.sentences[g]?.id ?? '?');
  for (const g of gold.onlyB)
    if (listed(g, gb, engineOnlyB)) listedOnly++;
    else missedOnly.push(gold.b.sentences[g]?.id ?? '?');
  const conflictsFound = [...new Set(result.conflicts.map((c) => c.factId))].sort();
  return {
    goldPairs: gold.pairs.length,
    foundPairs: found.size,
    proposedPairs: result.pairs.length,
    correctPairs: correct,
    goldOnly: gold.onlyA.length + gold.onlyB.length,
    listedOnly,
    conflictsExact: conflictsFound.join(' ') === [...gold.conflicts].sort().join(' '),
    conflictsFound,
    wrongPairs,
    missedPairs,
    missedOnly,
  };
}

export interface Totals {
  readonly recall: number;
  readonly precision: number;
  readonly onlyListed: number;
  readonly conflictsExact: number;
  readonly pairs: number;
}

/** Micro-averaged totals over many scores. */
export function totals(scores: readonly Score[]): Totals {
  const sum = (f: (s: Score) => number) => scores.reduce((n, s) => n + f(s), 0);
  const ratio = (x: number, y: number) => (y ? x / y : 1);
  return {
    recall: ratio(
      sum((s) => s.foundPairs),
      sum((s) => s.goldPairs),
    ),
    precision: ratio(
      sum((s) => s.correctPairs),
      sum((s) => s.proposedPairs),
    ),
    onlyListed: ratio(
      sum((s) => s.listedOnly),
      sum((s) => s.goldOnly),
    ),
    conflictsExact: ratio(
      sum((s) => (s.conflictsExact ? 1 : 0)),
      scores.length,
    ),
    pairs: scores.length,
  };
}

/** How well `engine` spans reproduce the gold sentences: exact matches over gold and engine counts. */
export function segmentationScore(
  engine: readonly Span[],
  gold: GoldSide,
): { exact: number; gold: number; engine: number } {
  const goldKeys = new Set(gold.sentences.map((s) => `${s.span.start}:${s.span.end}`));
  const exact = engine.filter((e) => goldKeys.has(`${e.start}:${e.end}`)).length;
  return { exact, gold: gold.sentences.length, engine: engine.length };
}

export interface Evaluation {
  readonly scores: readonly (Score & { readonly name: string })[];
  readonly totals: Totals;
  /** Exact gold sentences found by each splitter, over both sides of every pair. */
  readonly segmentation: Record<SegmenterChoice, { exact: number; gold: number; engine: number }>;
}

/** Compares every gold pair with `options` and scores it; also measures both splitters. */
export function evaluate(golds: readonly GoldPair[], options: CompareOptions): Evaluation {
  const scores = golds.map((g) => {
    const result = compareArticles(
      { text: g.a.text, published: g.a.published },
      { text: g.b.text, published: g.b.published },
      options,
    );
    return { name: g.name, ...scorePair(g, result) };
  });
  return { scores, totals: totals(scores), segmentation: measureSplitters(golds.flatMap((g) => [g.a, g.b])) };
}

/** Both splitters on gold sides: exact gold sentences found, out of how many, and how many found. */
export function measureSplitters(
  sides: readonly GoldSide[],
): Record<SegmenterChoice, { exact: number; gold: number; engine: number }> {
  const out = { rules: { exact: 0, gold: 0, engine: 0 }, intl: { exact: 0, gold: 0, engine: 0 } };
  for (const choice of ['rules', 'intl'] as const)
    for (const s of sides) {
      const r = segmentationScore(segment(s.text, choice).spans, s);
      const t = out[choice];
      t.exact += r.exact;
      t.gold += r.gold;
      t.engine += r.engine;
    }
  return out;
}
