/** The engine as the extension runs it, over the bundled fact packs, for the harness and its test. */
import { join } from 'node:path';
import { annotateWith } from '../../src/core/facts/factbase';
import { loadFactBase } from '../vite/fact-base-plugin';
import type { Annotator } from './score';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const EVAL_DIR = join(ROOT, 'test/fixtures/eval');

export function bundledAnnotator(): { annotate: Annotator; factIds: Set<string> } {
  const base = loadFactBase(join(ROOT, 'src/data'));
  return {
    annotate: (text, published) => annotateWith(base, text, published),
    factIds: new Set(base.facts.keys()),
  };
}
