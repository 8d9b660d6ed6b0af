/** The engine as the extension runs it, over the bundled fact packs, for the harness and its test. */
import { join } from 'node:path';
import { annotateText } from '../../src/core/annotate';
import type { Fact } from '../../src/core/facts/schema';
import { compileMatcher, Matcher } from '../../src/core/match/terms';
import { loadPacks } from '../vite/fact-base-plugin';
import type { Annotator } from './score';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const EVAL_DIR = join(ROOT, 'test/fixtures/eval');

export function bundledAnnotator(): { annotate: Annotator; factIds: Set<string> } {
  const facts = new Map<string, Fact>(
    loadPacks(join(ROOT, 'src/data')).flatMap((p) => p.facts.map((f) => [f.id, f] as const)),
  );
  const matcher = new Matcher(compileMatcher([...facts.values()]));
  const factById = (id: string) => facts.get(id);
  return {
    annotate: (text, published) => annotateText(text, { matcher, factById, published }),
    factIds: new Set(facts.keys()),
  };
}
