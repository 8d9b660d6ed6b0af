/**
 * The compare page mounted with the real clip storage (fake-indexeddb), the real engine run
 * step by step in the test's thread (the page's worker runs the same code), and the seeds.
 */
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Clip } from '../../../src/core/clips/model';
import { startComparison } from '../../../src/core/compare';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { buildFactBase } from '../../../src/core/facts/factbase';
import type { TabArticle } from '../../../src/core/messages';
import { Compare } from '../../../src/pages/compare/Compare';
import type { RunCompare } from '../../../src/pages/compare/engine-client';
import type { ReportWriter } from '../../../src/pages/compare/export';
import { type CompareService, createCompareService } from '../../../src/pages/compare/service';
import type { SourceRef } from '../../../src/pages/compare/sources';
import type { GlossDb } from '../../../src/storage/db';
import { sampleClip } from '../../support/clips';
import { fakeStore, localise } from '../pages/fakes';

export const SEED_A = readFileSync('test/fixtures/seeds/coverage-a.txt', 'utf8');
export const SEED_B = readFileSync('test/fixtures/seeds/coverage-b.txt', 'utf8');

const base = buildFactBase(BUNDLED_PACKS);

/** The engine as the worker runs it, with a macrotask between steps and progress reported. */
export const directRunner: RunCompare = async (a, b, listener, signal) => {
  const run = startComparison(a, b, { factBase: base });
  while (!run.step()) {
    if (signal.aborted) throw new DOMException('cancelled', 'AbortError');
    listener.progress(run.progress, null);
    await new Promise((ok) => setTimeout(ok, 0));
  }
  return run.result();
};

/** An article clip of `text`. */
export function articleClip(id: string, text: string, over: Partial<Clip> = {}): Clip {
  return sampleClip({
    id,
    kind: 'article',
    title: `Clip ${id}`,
    url: `https://example.org/${id}`,
    published: '2025-10-30',
    passages: [],
    annotations: [],
    article: { text, html: `<p>${text}</p>` },
    ...over,
  });
}

export interface Mounted {
  readonly service: CompareService;
  readonly saved: { name: string; type: string; data: string }[];
  readonly queries: string[];
}

/** Mounts the page in `container` over `db`, with the sides `refs`. */
export function mountCompare(
  container: HTMLElement,
  db: GlossDb,
  refs: Record<'a' | 'b', SourceRef | null>,
  options: {
    tab?: (tabId: number) => Promise<TabArticle>;
    run?: RunCompare;
    report?: ReportWriter;
    language?: 'en' | 'hi';
    theme?: 'light' | 'dark';
  } = {},
): Mounted {
  const saved: Mounted['saved'] = [];
  const queries: string[] = [];
  const service = createCompareService(db, {
    tab: options.tab ?? (async () => ({ found: false, reason: 'unreachable' })),
    run: options.run ?? directRunner,
    report: options.report ?? ((format, result) => `${format}:${result.pairs.length}`),
  });
  act(() =>
    render(
      <Compare
        store={fakeStore({ language: options.language ?? 'en', theme: options.theme ?? 'light' }).store}
        localise={localise}
        service={service}
        save={(f) => saved.push(f)}
        refs={refs}
        setQuery={(q) => queries.push(q)}
      />,
      container,
    ),
  );
  return { service, saved, queries };
}
