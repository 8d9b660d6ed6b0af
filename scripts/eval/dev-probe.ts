/**
 * What the dev probes (probe-altered.ts, probe-context.ts, trace-sentence.ts, claim-dump.ts) share:
 * the bundled fact base, the dev articles (never the held-out set), the engine on a text, and the
 * sentence around an offset.
 */
import { join } from 'node:path';
import { annotateWith } from '../../src/core/facts/factbase';
import { loadFactBase } from '../vite/fact-base-plugin';
import { EVAL_DIR, ROOT } from './annotator';
import { loadCorpus } from './corpus';

export const base = loadFactBase(join(ROOT, 'src/data'));
export const corpus = loadCorpus(join(EVAL_DIR, 'articles'), new Set(base.facts.keys()));
export const annotate = (t: string, p: string | null) => annotateWith(base, t, p);
export type Rec = ReturnType<typeof annotate>[number];

/** The sentence around `at`, by full stops and line breaks, on one line. */
export const sentenceAt = (text: string, at: number) => {
  const s = Math.max(text.lastIndexOf('. ', at) + 2, text.lastIndexOf('\n', at) + 1, 0);
  const e = text.indexOf('. ', at);
  return text.slice(s, e < 0 ? text.length : e + 1).replace(/\s+/g, ' ');
};
