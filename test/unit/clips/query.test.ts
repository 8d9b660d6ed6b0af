import { describe, expect, it } from 'vitest';
import { splitClip } from '../../../src/core/clips/model';
import { applyQuery, EMPTY_QUERY, facetsOf } from '../../../src/core/clips/query';
import { clipDoc, createClipIndex, searchClips } from '../../../src/core/clips/search';
import { generateClips, sampleClip } from '../../support/clips';

const clips = [
  sampleClip({
    id: 'a',
    title: 'Patrols resume',
    savedAt: Date.UTC(2026, 0, 5),
    updatedAt: Date.UTC(2026, 0, 5),
  }),
  sampleClip({
    id: 'b',
    title: 'Kazan meeting',
    site: 'thehindu.com',
    tags: ['diplomacy'],
    note: 'Modi and Xi shook hands',
    savedAt: Date.UTC(2026, 2, 1),
    updatedAt: Date.UTC(2026, 2, 1),
    annotations: [
      {
        start: 0,
        end: 5,
        quote: 'India',
        kind: 'claim',
        factIds: ['event.kazan-meeting'],
        verdict: 'differs',
      },
    ],
  }),
  sampleClip({
    id: 'c',
    title: 'Another patrol story',
    savedAt: Date.UTC(2026, 5, 1),
    updatedAt: Date.UTC(2026, 5, 1),
  }),
];
const metas = clips.map((c) => splitClip(c).meta);
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('applyQuery', () => {
  it('sorts newest first by default, and by oldest, title or site', () => {
    expect(ids(applyQuery(metas, EMPTY_QUERY, null))).toEqual(['c', 'b', 'a']);
    expect(ids(applyQuery(metas, { ...EMPTY_QUERY, sort: 'oldest' }, null))).toEqual(['a', 'b', 'c']);
    expect(ids(applyQuery(metas, { ...EMPTY_QUERY, sort: 'title' }, null))).toEqual(['c', 'b', 'a']);
    expect(ids(applyQuery(metas, { ...EMPTY_QUERY, sort: 'site' }, null))).toEqual(['c', 'a', 'b']);
  });

  it('filters by site, tag, fact, verdict and date range', () => {
    expect(ids(applyQuery(metas, { ...EMPTY_QUERY, site: 'thehindu.com' }, null))).toEqual(['b']);
    expect(ids(applyQuery(metas, { ...EMPTY_QUERY, tag: 'galwan' }, null))).toEqual(['c', 'a']);
    expect(ids(applyQuery(metas, { ...EMPTY_QUERY, factId: 'event.kazan-meeting' }, null))).toEqual(['b']);
    expect(ids(applyQuery(metas, { ...EMPTY_QUERY, verdict: 'consistent' }, null))).toEqual(['c', 'a']);
    expect(ids(applyQuery(metas, { ...EMPTY_QUERY, from: '2026-03-01', to: '2026-03-01' }, null))).toEqual([
      'b',
    ]);
  });

  it('keeps search hits only, in their order for relevance', () => {
    expect(ids(applyQuery(metas, { ...EMPTY_QUERY, sort: 'relevance' }, ['a', 'c', 'zz']))).toEqual([
      'a',
      'c',
    ]);
  });

  it('lists the facets with counts, most common first', () => {
    const f = facetsOf(metas);
    expect(f.sites).toEqual([
      ['example.org', 2],
      ['thehindu.com', 1],
    ]);
    expect(f.tags[0]).toEqual(['galwan', 2]);
    expect(f.verdicts).toEqual([
      ['consistent', 2],
      ['differs', 1],
    ]);
  });
});

describe('search', () => {
  const index = createClipIndex();
  index.addAll(clips.map((c) => clipDoc(splitClip(c).meta, c.article?.text ?? '')));

  it('finds a clip by a word of its note, title or text, with a prefix while typing', () => {
    expect(searchClips(index, 'shook')).toEqual(['b']);
    expect(searchClips(index, 'kaz')).toContain('b');
    expect(searchClips(index, 'Depsang').sort()).toEqual(['a', 'b', 'c']);
    expect(searchClips(index, '   ')).toEqual([]);
  });

  it('tolerates a typo in a longer word', () => {
    expect(searchClips(index, 'patrols resumd')).toEqual(['a']);
  });

  it('ranks the exact word first among many clips (npm run bench:clips times 10 000)', () => {
    const many = generateClips(2_000, 11, 30);
    const big = createClipIndex();
    big.addAll(many.map((c) => clipDoc(splitClip(c).meta, c.article?.text ?? '')));
    expect(searchClips(big, 'unique1242')[0]).toBe(many[1242]?.id);
  });
});
