/**
 * Issue #10 "must show", on the two seed articles (parsed from their HTML as the CLI does,
 * publication dates from the pages' metadata like the engine's seed tests): the
 * spokesperson's confirmation paired with its word diff; A's Kazan sentence paired with B's
 * "followed two days later by a meeting"; the Kazan meeting under both in the facts view;
 * the fertiliser paragraph only in A and the US–China question only in B; no conflict; A's
 * fertiliser claim outdated.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledBase, loadArticle } from '../../../scripts/compare';
import { compareArticles } from '../../../src/core/compare/index';

const SEEDS = join(import.meta.dirname, '../../fixtures/seeds');
const a = loadArticle(join(SEEDS, 'coverage-a.html'), null);
const b = loadArticle(join(SEEDS, 'coverage-b.html'), null);
const result = compareArticles(a, b, { factBase: bundledBase() });

const indexOf = (list: readonly string[], start: string) => {
  const found = list.findIndex((s) => s.startsWith(start));
  if (found < 0) throw new Error(`no sentence starts with ${start}`);
  return found;
};
const inA = (start: string) => indexOf(result.sentences.a, start);
const inB = (start: string) => indexOf(result.sentences.b, start);
const partnerOf = (i: number) => result.pairs.find((p) => p.a === i);

describe('the two seeds compared', () => {
  it('reads the publication dates from the pages', () => {
    expect(a.published).toMatch(/^2025-10-30/);
    expect(b.published).toMatch(/^2025-10-30/);
  });

  it("pairs the spokesperson's confirmation, with its word diff, its quotation compared", () => {
    const pair = partnerOf(inA('“Some Indian companies have received licences'));
    expect(pair?.b).toBe(inB('“Yes, we confirm that some Indian companies have received licences'));
    expect(pair?.identical).toBe(false);
    const added = pair?.diff.filter((o) => o.op === 'added').map((o) => o.text.trim());
    const removed = pair?.diff.filter((o) => o.op === 'removed').map((o) => o.text.trim());
    expect(added).toContain('Yes, we confirm that some');
    expect(removed).toContain('Some');
    // The words both say are kept, in order.
    const same = pair?.diff
      .filter((o) => o.op === 'same')
      .map((o) => o.text)
      .join('');
    expect(same).toContain(
      'Indian companies have received licences for importing rare earth magnets from China',
    );
    // A quotes part of the remark B quotes in full: the same words, cut shorter, not a changed quote.
    expect(pair?.quote).toMatchObject({ speaker: 'person.randhir-jaiswal', changed: false, fragment: true });
  });

  it("pairs A's Kazan sentence with B's “followed two days later by a meeting”", () => {
    const kazan = inA('The decision to revive various dialogue mechanisms');
    expect(result.sentences.a[kazan]).toContain('Kazan');
    const partner = partnerOf(kazan)?.b as number;
    expect(result.sentences.b[partner]).toContain('followed two days later by a meeting');
  });

  it('puts the Kazan meeting under both in the facts view, found in those two sentences', () => {
    const meeting = result.facts.both.find((f) => f.id === 'event.kazan-modi-xi-meeting');
    expect(meeting).toBeDefined();
    expect(meeting?.a).toContain(inA('The decision to revive various dialogue mechanisms'));
    expect(meeting?.b).toContain(inB('The two sides reached an understanding'));
    expect(result.facts.a.map((f) => f.id)).not.toContain('event.kazan-modi-xi-meeting');
    expect(result.facts.b.map((f) => f.id)).not.toContain('event.kazan-modi-xi-meeting');
  });

  it('lists the fertiliser paragraph only in A', () => {
    for (const start of [
      'Until 2023, China was also a major supplier of fertilisers',
      'Although Beijing lifted those curbs in June',
      'The new move on rare earths indicates',
    ])
      expect(result.onlyA, start).toContain(inA(start));
  });

  it('lists the US–China question only in B', () => {
    expect(result.onlyB).toContain(inB('“As far as the question of the latest talks'));
  });

  it('finds no conflict, and A’s fertiliser claim outdated', () => {
    expect(result.conflicts).toEqual([]);
    expect(result.outdated).toEqual([
      expect.objectContaining({
        side: 'a',
        sentence: inA('Although Beijing lifted those curbs in June'),
        quote: 'in June',
        factId: 'event.china-urea-easing-jun-2025-excluding-india',
      }),
    ]);
  });

  it('says so in the summary', () => {
    expect(result.summary.counts.conflicts).toBe(0);
    expect(result.summary.counts.outdated).toBe(1);
    expect(['same-story', 'overlapping']).toContain(result.summary.verdict);
  });
});
