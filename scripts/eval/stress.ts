/**
 * Stress sentences (`test/fixtures/eval/stress/*.json`): one or two sentences each, written blind
 * from the dossier to be hard for a checker — several events and dates, reporting dates, other
 * countries' figures, previous instances. Each is either entirely correct (`wrong: null`: any
 * `differs` on it is a false one) or has exactly one deliberate error (`wrong.quote`: it must come
 * out `differs` there). They find false differs that whole articles rarely provoke.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotator, Ratio } from './score';

export interface StressItem {
  readonly id: string;
  readonly published: string | null;
  readonly text: string;
  readonly facts: readonly string[];
  readonly wrong: { readonly quote: string; readonly fact: string; readonly why: string } | null;
}

export interface StressScores {
  readonly correct: number;
  /** Ids of correct sentences the engine said `differs` on. */
  readonly falseDiffers: readonly string[];
  /** Sentences with an error: how many came out `differs` on the wrong value. */
  readonly detected: Ratio;
  readonly missed: readonly string[];
}

/** Loads every stress file; throws naming the file and item on a malformed one. */
export function loadStress(dir: string): StressItem[] {
  const out: StressItem[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const items = JSON.parse(readFileSync(join(dir, name), 'utf8')) as StressItem[];
    if (!Array.isArray(items)) throw new Error(`${name}: not a JSON array`);
    for (const it of items) {
      if (typeof it.id !== 'string' || typeof it.text !== 'string')
        throw new Error(`${name}: an item without id or text`);
      if (it.wrong && !it.text.includes(it.wrong.quote))
        throw new Error(`${name} ${it.id}: wrong.quote "${it.wrong.quote}" is not in the text`);
      out.push(it);
    }
  }
  return out;
}

export function scoreStress(items: readonly StressItem[], annotate: Annotator): StressScores {
  const falseDiffers: string[] = [];
  const missed: string[] = [];
  const detected: Ratio = { hit: 0, total: 0 };
  let correct = 0;
  for (const it of items) {
    const claims = annotate(it.text, it.published).filter((a) => a.kind === 'claim');
    if (!it.wrong) {
      correct++;
      if (claims.some((a) => a.verdict === 'differs')) falseDiffers.push(it.id);
      continue;
    }
    const at = it.text.indexOf(it.wrong.quote);
    const end = at + it.wrong.quote.length;
    detected.total++;
    if (claims.some((a) => a.verdict === 'differs' && a.start < end && at < a.end)) detected.hit++;
    else missed.push(it.id);
  }
  return { correct, falseDiffers, detected, missed };
}
