/** From a page's draft to a clip record (docs/adr/0014-save-flow.md). */
import { describe, expect, it } from 'vitest';
import { clipFromDraft, type DraftDeps } from '../../../src/core/clips/draft';
import { validateClip } from '../../../src/core/clips/schema';
import { type ClipDraft, makeRequest, parseRequest } from '../../../src/core/messages';

const TEXT = 'India and China agreed on patrols.\nThe Galwan clash of June 2020 killed twenty soldiers.';
const galwan = TEXT.indexOf('Galwan');
const june = TEXT.indexOf('June 2020');

const deps = (over: Partial<DraftDeps> = {}): DraftDeps => ({
  id: '0b6a3c1e-1111-4b6c-8d7e-9f0a1b2c3d4e',
  now: 1_700_000_000_000,
  factBaseVersion: 'gloss-base@1.0.0',
  knows: (id) => id.startsWith('event.') || id.startsWith('place.'),
  annotate: () => [
    {
      start: galwan,
      end: galwan + 6,
      quote: 'Galwan',
      kind: 'term',
      factIds: ['place.galwan'],
      verdict: null,
    },
  ],
  ...over,
});

const draft = (over: Partial<ClipDraft> = {}): ClipDraft => ({
  url: 'https://www.example.org/news/lac?utm_source=x#top',
  canonical: '/news/lac',
  title: 'Patrols\u202e agreed',
  site: 'Example News',
  byline: 'A. Reporter',
  published: '2024-10-22',
  lang: 'en',
  article: { text: TEXT, html: '<p>India and China…</p>' },
  passage: null,
  annotations: [
    {
      start: june,
      end: june + 9,
      quote: 'June 2020',
      kind: 'claim',
      factIds: ['event.galwan-clash'],
      verdict: 'consistent',
    },
  ],
  note: 'Check the date.',
  ...over,
});

describe('clipFromDraft', () => {
  it('builds a valid article clip: canonical URL, cleaned title, the page annotations', () => {
    const r = clipFromDraft(draft(), deps());
    if (!r.ok) throw new Error(r.reason);
    expect(validateClip(r.clip).ok).toBe(true);
    expect(r.clip).toMatchObject({
      kind: 'article',
      url: 'https://www.example.org/news/lac',
      title: 'Patrols agreed',
      note: 'Check the date.',
      passages: [],
      factBaseVersion: 'gloss-base@1.0.0',
    });
    expect(r.clip.annotations.map((a) => a.factIds[0])).toEqual(['event.galwan-clash']);
  });

  it('a passage keeps its selectors and only the evidence inside it', () => {
    const start = TEXT.indexOf('The Galwan');
    const r = clipFromDraft(draft({ passage: { start: start - 1, end: june + 9, context: null } }), deps());
    if (!r.ok) throw new Error(r.reason);
    expect(validateClip(r.clip).ok).toBe(true);
    const [p] = r.clip.passages;
    expect(p?.quote.exact).toBe('The Galwan clash of June 2020'); // leading newline trimmed
    expect(p?.position).toEqual({ type: 'TextPositionSelector', start, end: june + 9 });
    expect(p?.link).toMatch(/^https:\/\/www\.example\.org\/news\/lac#:~:text=/);
    expect(r.clip.kind).toBe('passage');
  });

  it('without page annotations the engine is asked; unknown facts and misplaced quotes are dropped', () => {
    expect(clipFromDraft(draft({ annotations: [] }), deps()).ok && true).toBe(true);
    const asked = clipFromDraft(draft({ annotations: [] }), deps());
    expect(asked.ok && asked.clip.annotations.map((a) => a.quote)).toEqual(['Galwan']);
    const forged = clipFromDraft(
      draft({
        annotations: [
          { start: 0, end: 5, quote: 'India', kind: 'term', factIds: ['x.unknown'], verdict: null },
          { start: 0, end: 5, quote: 'China', kind: 'term', factIds: ['place.china'], verdict: null },
        ],
      }),
      deps(),
    );
    expect(forged.ok && forged.clip.annotations).toEqual([]);
  });

  it('a page without an article saves the selection alone, without a position', () => {
    const context = 'before the words Galwan Valley after';
    const r = clipFromDraft(
      draft({ article: null, annotations: [], passage: { start: 17, end: 30, context } }),
      deps(),
    );
    if (!r.ok) throw new Error(r.reason);
    expect(validateClip(r.clip).ok).toBe(true);
    expect(r.clip.article).toBeNull();
    expect(r.clip.passages[0]).toMatchObject({ position: null, quote: { exact: 'Galwan Valley' } });
  });

  it('says why when there is nothing to save', () => {
    expect(clipFromDraft(draft({ url: 'about:blank' }), deps())).toEqual({ ok: false, reason: 'not-web' });
    expect(clipFromDraft(draft({ article: null }), deps())).toEqual({ ok: false, reason: 'nothing' });
    const blank = draft({
      passage: { start: TEXT.indexOf('\n'), end: TEXT.indexOf('\n') + 1, context: null },
    });
    expect(clipFromDraft(blank, deps())).toEqual({ ok: false, reason: 'no-selection' });
  });

  it('drops a language tag or date the record would refuse instead of failing the save', () => {
    const r = clipFromDraft(draft({ lang: 'not a tag', published: 'x'.repeat(150) }), deps());
    expect(r.ok && [r.clip.lang, r.clip.published]).toEqual([null, 'x'.repeat(100)]);
  });
});

describe('clips/save at run time', () => {
  it('accepts a draft and refuses offsets outside its text, oversized notes and bad verdicts', () => {
    expect(parseRequest(makeRequest('clips/save', { draft: draft(), token: 't' }))).not.toBeNull();
    const bad = [
      draft({ passage: { start: 0, end: TEXT.length + 1, context: null } }),
      draft({ note: 'x'.repeat(100_001) }),
      { ...draft(), annotations: [{ ...draft().annotations[0], verdict: 'true' }] },
      { ...draft(), article: { text: 1, html: '' } },
    ];
    for (const d of bad)
      expect(parseRequest({ gloss: 1, name: 'clips/save', payload: { draft: d, token: 't' } })).toBeNull();
    expect(
      parseRequest({
        gloss: 1,
        name: 'clip/take',
        payload: { scope: 'all', note: '', notify: true, token: 't' },
      }),
    ).toBeNull();
    expect(parseRequest(makeRequest('clips/take', { tabId: 3, scope: 'auto', note: 'n' }))).not.toBeNull();
  });
});
