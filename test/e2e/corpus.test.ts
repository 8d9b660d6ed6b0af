/**
 * A slice of `npm run corpus` inside `npm test` (docs/adr/0018): the built extension over a few real
 * pages of ../shared/corpus/readability-pages and the two seed articles, in both browsers. On each:
 * no exception, no console error or background report from Gloss, the document unchanged, nothing
 * left after switching Gloss off, and the annotations equal to the committed baseline.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from '../support/browsers';
import { type Baseline, baselineFile, listCorpusPages, runCorpus } from '../support/corpus';
import { DIST_ROOT } from '../support/e2e';

/** Varied on purpose: plain, heavy news pages, right-to-left, non-English, an encyclopedia, the seeds. */
const SLICE = [
  '001',
  'bbc-1',
  'cnn',
  'lemonde-1',
  'rtl-1',
  'qq',
  'wikipedia',
  'nytimes-1',
  'seed-coverage-a',
  'seed-coverage-b',
];

describe.each(BROWSER_NAMES)('real pages in %s', (name) => {
  it(`${SLICE.length} pages: nothing thrown or logged, DOM unchanged, nothing left when off, baseline kept`, async () => {
    const pages = listCorpusPages().filter((p) => SLICE.includes(p.name));
    expect(pages.map((p) => p.name).sort()).toEqual(SLICE.slice().sort());
    const baseline = JSON.parse(readFileSync(baselineFile(name), 'utf8')) as Baseline;
    const run = await runCorpus(name, DIST_ROOT, pages);
    for (const r of run.pages) {
      expect({ page: r.page, problems: r.problems, exceptions: r.exceptions, errors: r.glossErrors }).toEqual(
        {
          page: r.page,
          problems: [],
          exceptions: [],
          errors: [],
        },
      );
      expect(r.annotations, `${r.page}: annotations against the baseline`).toEqual(baseline[r.page]);
    }
    // The seeds are where Gloss has work to do: the slice must see it do some.
    expect(run.pages.filter((r) => r.annotations.length > 0).map((r) => r.page)).toEqual([
      'seed-coverage-a',
      'seed-coverage-b',
    ]);
  }, 180_000);
});
