/**
 * The engine's accuracy on its two corpora (issue #7), against the committed baseline: a
 * figure below the baseline fails. Baselines change only on purpose, in their own commit
 * (`npm run eval -- --update-baseline`). And on 130 real pages about something else: no
 * claim, no `differs`, cards on at most 2 pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledAnnotator, EVAL_DIR, ROOT } from '../../../scripts/eval/annotator';
import { loadCorpus } from '../../../scripts/eval/corpus';
import { offTopicPages } from '../../../scripts/eval/pages';
import { type Scores, score, share } from '../../../scripts/eval/score';
import { loadStress, scoreStress } from '../../../scripts/eval/stress';

const { annotate, factIds } = bundledAnnotator();
type Figures = Record<'recall' | 'precision' | 'falseDiffers' | 'altered' | 'realErrors', number>;
const baseline = JSON.parse(readFileSync(join(EVAL_DIR, 'baseline.json'), 'utf8')) as Record<
  'dev' | 'holdout',
  Figures
> & { stress: { falseDiffers: number; detected: number } };

describe.each([
  ['dev', 'articles', 30],
  ['holdout', 'holdout', 12],
] as const)('accuracy on the %s corpus', (set, dir, minArticles) => {
  const corpus = loadCorpus(join(EVAL_DIR, dir), factIds);
  const s: Scores = score(corpus, annotate);
  const expected = baseline[set];

  it('has its articles, with traps, altered copies and real errors', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(minArticles);
    expect(corpus.filter((a) => a.style === 'trap').length).toBeGreaterThanOrEqual(3);
    expect(s.altered.total).toBeGreaterThanOrEqual(30);
    expect(s.realErrors.total).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['recall', () => share(s.recall), () => s.missed],
    ['precision', () => share(s.precision), () => s.wrongCards],
    ['altered', () => share(s.altered), () => s.undetected],
    ['realErrors', () => share(s.realErrors), () => s.missed],
  ] as const)('%s is not below the baseline', (key, value, why) => {
    // The held-out set stays blind: a failure there says how many, never which (the list would
    // show its articles' text to whoever runs the tests).
    const detail =
      set === 'dev' ? JSON.stringify(why(), null, 1) : `${why().length} items (held-out: not listed)`;
    expect(value(), detail).toBeGreaterThanOrEqual(expected[key]);
  });

  it('calls no more correct articles wrong than the baseline (false differs)', () => {
    expect(s.falseDiffers).toBeLessThanOrEqual(expected.falseDiffers);
  });
});

const PAGES = join(ROOT, '../shared/corpus/readability-pages');

describe('pages about something else', () => {
  it('get no claim, no differs, and cards on at most 2 of 130 pages', { timeout: 480_000 }, () => {
    expect(existsSync(PAGES), `${PAGES} (../shared beside the clone)`).toBe(true);
    const off = offTopicPages(PAGES, annotate);
    expect(off.pages).toBeGreaterThanOrEqual(130);
    expect(off.claims).toBe(0);
    expect(off.differs).toBe(0);
    expect(off.pagesWithCards.length, JSON.stringify(off.pagesWithCards)).toBeLessThanOrEqual(2);
  });
});

describe('stress sentences (hard single sentences written blind from the dossier)', () => {
  const items = loadStress(join(EVAL_DIR, 'stress'));
  const s = scoreStress(items, annotate);

  it('has correct sentences and sentences with one error', () => {
    expect(s.correct).toBeGreaterThanOrEqual(100);
    expect(s.detected.total).toBeGreaterThanOrEqual(50);
  });
  it('false differs on correct sentences are not above the baseline', () => {
    expect(s.falseDiffers.length, s.falseDiffers.join(', ')).toBeLessThanOrEqual(
      baseline.stress.falseDiffers,
    );
  });
  it('detection of the errors is not below the baseline', () => {
    expect(share(s.detected), s.missed.join(', ')).toBeGreaterThanOrEqual(baseline.stress.detected);
  });
});
