/**
 * The engine on the two seed articles (issue #3 "must show"): every topic they mention is
 * annotated with the right fact; claims are consistent where the seed is right, outdated
 * for coverage-a's fertiliser paragraph, and nothing differs. Altered copies flip exactly
 * the altered claims to `differs`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AnnotateDocument, annotateSource } from '../../../scripts/annotate';
import { loadFactBase } from '../../../scripts/vite/fact-base-plugin';

const ROOT = join(import.meta.dirname, '../../..');
const base = loadFactBase(join(ROOT, 'src/data'));
const html = (seed: string) => readFileSync(join(ROOT, `test/fixtures/seeds/${seed}.html`), 'utf8');
const run = (content: string, published: string | null = null): AnnotateDocument =>
  annotateSource({ kind: 'html', content, url: 'https://example.org/' }, base, published);

const claimsOf = (doc: AnnotateDocument) => doc.annotations.filter((a) => a.kind === 'claim');
const factIdsOf = (doc: AnnotateDocument) => new Set(doc.annotations.flatMap((a) => a.factIds));

describe('coverage-a (PTI-style)', () => {
  const doc = run(html('coverage-a'));

  it('takes the publication date from the page metadata', () => {
    expect(doc.article.published).toMatch(/^2025-10-30/);
  });

  it('annotates every topic with the right fact', () => {
    const ids = factIdsOf(doc);
    for (const id of [
      'event.rare-earth-magnet-licences-indian-firms',
      'org.mea',
      'person.randhir-jaiswal',
      'place.lac',
      'event.lac-standoff-2020',
      'place.eastern-ladakh',
      'event.galwan-clash',
      'place.demchok',
      'place.depsang',
      'event.depsang-demchok-disengagement',
      'quantity.china-rare-earth-mine-share-2024',
      'event.china-urea-easing-jun-2025-excluding-india',
      'event.kailash-mansarovar-yatra-2025',
      'event.tourist-visas-chinese-nationals-resumed',
      'person.narendra-modi',
      'person.xi-jinping',
      'event.kazan-modi-xi-meeting',
      'instrument.mofcom-october-2025-controls',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it('marks the fertiliser paragraph outdated, and nothing differs', () => {
    const claims = claimsOf(doc);
    expect(claims.filter((c) => c.verdict === 'differs')).toEqual([]);
    const outdated = claims.filter((c) => c.verdict === 'outdated');
    expect(outdated.map((c) => [c.quote, c.factIds[0]])).toEqual([
      ['in June', 'event.china-urea-easing-jun-2025-excluding-india'],
    ]);
  });

  it('resolves the relative dates against the publication date', () => {
    const byQuote = new Map(claimsOf(doc).map((c) => [`${c.quote}@${c.factIds[0]}`, c]));
    expect(byQuote.get('on Thursday@event.rare-earth-magnet-licences-indian-firms')?.resolved).toBe(
      '30 Oct 2025',
    );
    expect(byQuote.get('the following month@event.galwan-clash')?.resolved).toBe('Jun 2020');
    expect(byQuote.get('October last year@event.depsang-demchok-disengagement')?.verdict).toBe('consistent');
    expect(byQuote.get('October last year@event.kazan-modi-xi-meeting')?.verdict).toBe('consistent');
    expect(byQuote.get('roughly 70 per cent@quantity.china-rare-earth-mine-share-2024')?.verdict).toBe(
      'consistent',
    );
  });

  it('keeps every quote equal to its slice of the article text', () => {
    for (const a of doc.annotations) {
      expect(a.end).toBeGreaterThan(a.start);
      expect(a.quote.length).toBe(a.end - a.start);
    }
  });
});

describe('coverage-b (HT-style)', () => {
  const doc = run(html('coverage-b'));

  it('annotates every topic with the right fact', () => {
    const ids = factIdsOf(doc);
    for (const id of [
      'event.rare-earth-magnet-licences-indian-firms',
      'org.mea',
      'person.randhir-jaiswal',
      'place.lac',
      'quantity.ladakh-standoff-duration',
      'quantity.china-rare-earth-mine-share-2024',
      'topic.lowest-point-six-decades',
      'event.lac-patrolling-agreement-2024',
      'event.kazan-modi-xi-meeting',
      'event.trump-xi-busan-meeting',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it('finds the dated claims consistent, and nothing differs', () => {
    const claims = claimsOf(doc);
    expect(claims.filter((c) => c.verdict === 'differs' || c.verdict === 'outdated')).toEqual([]);
    const v = (quote: string) => claims.find((c) => c.quote === quote);
    expect(v('October 21, 2024')?.factIds).toEqual(['event.lac-patrolling-agreement-2024']);
    expect(v('two days later')).toMatchObject({
      verdict: 'consistent',
      resolved: '23 Oct 2024',
      factIds: ['event.kazan-modi-xi-meeting'],
    });
    expect(v('more than four-year')?.verdict).toBe('consistent');
    expect(v('around 70%')?.verdict).toBe('consistent');
    expect(v('six decades')?.verdict).toBe('context');
    expect(v('this week')).toMatchObject({
      verdict: 'consistent',
      factIds: ['event.trump-xi-busan-meeting'],
    });
  });
});

describe('altered copies of the seeds', () => {
  const verdicts = (doc: AnnotateDocument) =>
    new Map(claimsOf(doc).map((c) => [`${c.start}:${c.factIds[0]}`, { quote: c.quote, verdict: c.verdict }]));

  /** Applies same-length edits (so offsets stay put) and returns the altered keys' quotes. */
  function compare(seed: string, edits: [string, string][]) {
    let altered = html(seed);
    for (const [from, to] of edits) {
      expect(from.length, `${from} → ${to} must keep the length`).toBe(to.length);
      expect(altered).toContain(from);
      altered = altered.replace(from, to);
    }
    const before = verdicts(run(html(seed)));
    const after = verdicts(run(altered));
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const changed = [...after].filter(([k, v]) => before.get(k)?.verdict !== v.verdict).map(([, v]) => v);
    return changed.sort((a, b) => a.quote.localeCompare(b.quote));
  }

  it('coverage-a: shifted dates and a changed share flip exactly those claims to differs', () => {
    const changed = compare('coverage-a', [
      ['which began in May 2020', 'which began in May 2017'],
      ['roughly 70 per cent', 'roughly 85 per cent'],
      ['was completed in October last year', 'was completed in January last year'],
    ]);
    expect(changed).toEqual([
      { quote: 'January last year', verdict: 'differs' },
      { quote: 'May 2017', verdict: 'differs' },
      { quote: 'roughly 85 per cent', verdict: 'differs' },
    ]);
  });

  it('coverage-b: a shifted agreement date and a changed share flip exactly those claims', () => {
    const changed = compare('coverage-b', [
      ['on October 21, 2024', 'on October 29, 2024'],
      ['around 70% of global', 'around 40% of global'],
    ]);
    expect(changed).toEqual([
      { quote: 'around 40%', verdict: 'differs' },
      { quote: 'October 29, 2024', verdict: 'differs' },
    ]);
  });
});
