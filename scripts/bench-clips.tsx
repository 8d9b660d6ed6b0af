/**
 * `npm run bench:clips`: the clip library's goals from issue #9, measured in Node 20 (the
 * core and storage as they run in a page, IndexedDB from fake-indexeddb, the page in
 * happy-dom), and written to its section of docs/benchmarks.md.
 *
 * 1. Search over 10 000 clips (MiniSearch, ~300-word articles): p95 of 300 queries ≤ 50 ms.
 * 2. One save (validate, split, one transaction) into a library of 10 000: median/p95 ≤ 50 ms.
 * 3. The library's first render with 10 000 clips (filters, facets, sort, first page of rows): ≤ 200 ms.
 * Node is not a browser: the numbers are medians and percentiles on this machine, and the
 * ratios to the goals are what to compare between runs. A browser's IndexedDB is measured
 * by the e2e tests of the save flow (later).
 */
import 'fake-indexeddb/auto';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Window } from 'happy-dom';
import { splitClip } from '../src/core/clips/model';
import { clipDoc, createClipIndex, searchClips } from '../src/core/clips/search';
import { ClipRepository } from '../src/storage/clips';
import { GlossDb } from '../src/storage/db';
import { generateClips, sampleClip, zipfVocabulary } from '../test/support/clips';
import { writeSection } from './bench-doc.mjs';

const N = 10_000;
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
};
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const rows: string[] = [];
const row = (what: string, median: number, p95: number, goal: number) => {
  const line = `| ${what} | ${ms(median)} | ${ms(p95)} | ${goal} ms | ${(p95 / goal).toFixed(2)} | ${p95 <= goal ? 'met' : '**not met**'} |`;
  rows.push(line);
  console.log(line);
};

// Articles drawn Zipf-like from 20 000 words, as real text is: the commonest words are in every clip.
const vocabulary = zipfVocabulary(20_000, 2026);
const clips = generateClips(N, 2026, 300, vocabulary.draw);
const metas = clips.map((c) => splitClip(c).meta);

// 1. Search.
const t0 = performance.now();
const index = createClipIndex();
index.addAll(clips.map((c) => clipDoc(splitClip(c).meta, c.article?.text ?? '')));
const indexMs = performance.now() - t0;
// What a reader types: a rarer word, two words, a word being typed (prefix), a typo, a note's
// words, a title word, and the commonest word (matches every clip: the worst case).
const w = vocabulary.words;
const QUERIES = [
  w[400],
  `${w[150]} ${w[900]}`,
  (w[60] as string).slice(0, 3),
  `${(w[300] as string).slice(0, -1)}x`,
  'note about',
  'story 77',
  w[2500],
  `${w[20]} ${w[3000]}`,
  'unique4242',
  w[0],
] as string[];
const searchTimes: number[] = [];
const commonest: number[] = [];
for (let i = 0; i < 330; i++) {
  const q = QUERIES[i % QUERIES.length] as string;
  const a = performance.now();
  searchClips(index, q);
  if (i < 30) continue; // warm-up
  searchTimes.push(performance.now() - a);
  if (q === w[0]) commonest.push(performance.now() - a);
}
row(
  `search, ${N.toLocaleString('en')} clips (${searchTimes.length} queries)`,
  pct(searchTimes, 50),
  pct(searchTimes, 95),
  50,
);

// 2. One save into a library of N.
const db = new GlossDb({ indexedDB: new IDBFactory(), IDBKeyRange });
const repo = new ClipRepository(db);
const i0 = performance.now();
await repo.import(clips);
const importMs = performance.now() - i0;
const saveTimes: number[] = [];
for (let i = 0; i < 120; i++) {
  const clip = sampleClip({ id: `bench-${i}`, article: clips[i]?.article ?? null, annotations: [] });
  const a = performance.now();
  await repo.save(clip);
  if (i >= 20) saveTimes.push(performance.now() - a);
}
row('one save (validate, one transaction), library of 10 000', pct(saveTimes, 50), pct(saveTimes, 95), 50);
const r0 = performance.now();
const read = await repo.metas();
const readMs = performance.now() - r0;
db.close();

// 3. First render in happy-dom: the page with N clips from its service, until the first rows exist.
const win = new Window({ url: 'https://gloss.invalid/' });
Object.assign(globalThis, {
  window: win,
  document: win.document,
  navigator: win.navigator,
  Node: win.Node,
  Event: win.Event,
  HTMLElement: win.HTMLElement,
});
const { render } = await import('preact');
const { Library } = await import('../src/pages/library/Library');
const { DEFAULT_SETTINGS } = await import('../src/core/settings');
const { createTranslate } = await import('../src/ui/i18n');
const en = (await import('../public/_locales/en/messages.json', { with: { type: 'json' } })).default;
const t = createTranslate(en, en);
const service = {
  watch: (listener: (m: typeof metas) => void) => {
    listener(metas);
    return () => {};
  },
  texts: () => new Promise<Map<string, string>>(() => {}), // indexing is after first render; not measured here
  get: async () => null,
  edit: async () => {},
  remove: async () => null,
  restore: async () => {},
  importFile: async () => ({ ok: false as const, errors: [] }),
  exportAll: async () => ({ name: '', type: '', data: '' }),
  durability: () => new Promise<never>(() => {}),
};
const store = { initial: DEFAULT_SETTINGS, save: async () => DEFAULT_SETTINGS, subscribe: () => () => {} };
const renderTimes: number[] = [];
for (let i = 0; i < 12; i++) {
  const root = win.document.createElement('div');
  win.document.body.append(root);
  const a = performance.now();
  render(
    <Library store={store} localise={() => ({ lang: 'en', t })} service={service} save={() => {}} />,
    root,
  );
  // The list arrives from watch() in an effect: wait until the first page of rows is in the DOM.
  while (root.querySelectorAll('[data-testid="clip-row"]').length < 50)
    await new Promise((ok) => setTimeout(ok, 0));
  if (i >= 2) renderTimes.push(performance.now() - a);
  render(null, root);
  root.remove();
}
row(
  'library first render, 10 000 clips (first 50 rows in the DOM)',
  pct(renderTimes, 50),
  pct(renderTimes, 95),
  200,
);
await win.happyDOM.close();

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const date = new Date().toISOString().slice(0, 10);
writeSection(
  'Clips',
  `## Clips

Run with \`npm run bench:clips\` on ${date}: ${cpu} (${cpus().length} cores), Node ${process.version}. ${N.toLocaleString('en')}
generated clips of ~300 words each, drawn Zipf-like from 20 000 words (\`test/support/clips.ts\`); the queries mix a word, two
words, a prefix being typed, a typo, words of a note and of a title, and the commonest word (which is in every clip). Measured in Node, not a browser: the search index is the
one the library builds (MiniSearch), storage is the real repository over fake-indexeddb (not a browser's IndexedDB), and
the page renders in happy-dom (no layout or paint). Read the ratios to the goals; the save flow's e2e tests will time a
save in the browsers.

| measure | median | p95 | goal (p95) | p95 / goal | |
|---|---|---|---|---|---|
${rows.join('\n')}

The worst query, the commonest word (every clip matches and is ranked): median ${ms(pct(commonest, 50))}, max
${ms(Math.max(...commonest))}. Around them: building the search index of ${N.toLocaleString('en')} clips ${ms(indexMs)} (done after the first render, in chunks
of 500, so the list never waits for it); importing ${N.toLocaleString('en')} clips in one transaction ${ms(importMs)}; reading
every clip's metadata for the list ${ms(readMs)} (${read.length} rows, fake-indexeddb). The first-render row starts with the
metadata in memory; the read before it is fake-indexeddb's here and must be timed in the browsers (with the save flow's e2e),
as must the index build, which leaves full-text search on article text waiting that long (titles and notes are searched
meanwhile). Keeping the index in IndexedDB (MiniSearch \`toJSON\`) is the next step if a browser is as slow.`,
);
console.log('written to docs/benchmarks.md');
