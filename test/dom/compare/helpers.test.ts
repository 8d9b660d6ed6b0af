/**
 * The compare page's helpers: the view of a result (states, partners, differences in reading
 * order), the URL's sides, files (HTML parsed inert, text, non-text refused), report names, the
 * navigation keys and the worker client (progress, result, failure, cancellation).
 */

import { describe, expect, it, vi } from 'vitest';
import type { CompareResult, SentencePair } from '../../../src/core/compare/types';
import { workerDomParser } from '../../../src/dom/worker-dom';
import {
  type RunListener,
  type WorkerLike,
  workerHtmlParser,
  workerRunner,
} from '../../../src/pages/compare/engine-client';
import { reportName } from '../../../src/pages/compare/export';
import {
  decodeText,
  htmlArticle,
  looksLikeHtml,
  plainText,
  readComparedFile,
} from '../../../src/pages/compare/files';
import { stepForKey } from '../../../src/pages/compare/Navigator';
import { areVersions, docOfClip, queryOf, refsFromUrl } from '../../../src/pages/compare/sources';
import { differencesOf, paragraphsOf, sentencesOf, stepDifference } from '../../../src/pages/compare/view';
import type { FromWorker, ToWorker } from '../../../src/pages/compare/worker-protocol';
import { sampleClip } from '../../support/clips';

const pair = (a: number, b: number, over: Partial<SentencePair> = {}): SentencePair => ({
  a,
  b,
  score: 0.9,
  diff: [{ op: 'same', text: 'x' }],
  identical: true,
  moved: false,
  figures: { a: [], b: [] },
  ...over,
});

/** A: s0 s1 s2 s3; B: t0 t1 t2 t3 t4. Pairs 0–0 (same), 1–2 (changed), 3–4 (same); A2 only; B1, B3 only. */
function result(over: Partial<CompareResult> = {}): CompareResult {
  return {
    version: 1,
    sentences: { a: ['s0', 's1', 's2', 's3'], b: ['t0', 't1', 't2', 't3', 't4'] },
    paragraphs: { a: [0, 0, 1, 1], b: [0, 1, 1, 2, 2] },
    pairs: [
      pair(0, 0),
      pair(1, 2, {
        identical: false,
        diff: [
          { op: 'removed', text: 'old' },
          { op: 'added', text: 'new' },
        ],
      }),
      pair(3, 4),
    ],
    onlyA: [2],
    onlyB: [1, 3],
    quotes: [],
    facts: { a: [], b: [], both: [] },
    conflicts: [],
    outdated: [],
    summary: {
      verdict: 'overlapping',
      text: '',
      aligned: 6 / 9,
      alignedA: 0.75,
      alignedB: 0.6,
      counts: {
        sentencesA: 4,
        sentencesB: 5,
        pairs: 3,
        identical: 2,
        changed: 1,
        moved: 0,
        onlyA: 1,
        onlyB: 2,
        changedQuotes: 0,
        factsA: 0,
        factsB: 0,
        factsBoth: 0,
        conflicts: 0,
        outdated: 0,
      },
      notes: [],
    },
    ...over,
  };
}

describe('the view of a result', () => {
  it('gives each sentence its partner, state and diff, grouped in paragraphs', () => {
    const a = sentencesOf(result(), 'a');
    const b = sentencesOf(result(), 'b');
    expect(a.map((s) => [s.partner, s.state])).toEqual([
      [0, 'identical'],
      [2, 'changed'],
      [null, 'only'],
      [4, 'identical'],
    ]);
    expect(b.map((s) => s.partner)).toEqual([0, null, 1, null, 3]);
    expect(a[1]?.diff).toHaveLength(2);
    expect(a[0]?.diff).toBeNull();
    expect(paragraphsOf(b).map((p) => p.map((s) => s.index))).toEqual([[0], [1, 2], [3, 4]]);
  });

  it('lists differences in reading order: B’s additions where B has them', () => {
    const r = result();
    const d = differencesOf(sentencesOf(r, 'a'), sentencesOf(r, 'b'));
    expect(d.map((x) => `${x.side}${x.index}:${x.kind}`)).toEqual([
      // B1 comes after B0, whose partner is A0; A1–B2 changed; A2 only; B3 after B2 (partner A1)…
      'b1:only',
      'a1:changed',
      'b3:only',
      'a2:only',
    ]);
  });

  it('marks conflicts on both sides and lists them as conflicts', () => {
    const side = { quote: 'q', value: 'v', sentence: 0, verdict: 'differs' };
    const r = result({
      conflicts: [
        {
          factId: 'f',
          title: 'F',
          a: { ...side, sentence: 3 },
          b: { ...side, sentence: 4 },
          record: 'r',
          supports: 'a',
        },
      ],
    });
    const a = sentencesOf(r, 'a');
    expect(a[3]?.conflict).toBe(true);
    expect(sentencesOf(r, 'b')[4]?.conflict).toBe(true);
    expect(differencesOf(a, sentencesOf(r, 'b')).at(-1)).toEqual({ side: 'a', index: 3, kind: 'conflict' });
  });

  it('steps round the differences both ways', () => {
    expect(stepDifference(0, -1, 1)).toBe(-1);
    expect(stepDifference(3, -1, 1)).toBe(0);
    expect(stepDifference(3, -1, -1)).toBe(2);
    expect(stepDifference(3, 2, 1)).toBe(0);
    expect(stepDifference(3, 0, -1)).toBe(2);
  });
});

describe('the sides in the URL', () => {
  it('reads clip ids and tabs, and ignores anything else', () => {
    expect(refsFromUrl('?a=3f2b-1&b=tab:42')).toEqual({
      a: { kind: 'clip', id: '3f2b-1' },
      b: { kind: 'tab', tabId: 42 },
    });
    expect(refsFromUrl('?a=%3Cscript%3E&b=tab:99999999999')).toEqual({ a: null, b: null });
    expect(queryOf({ kind: 'clip', id: 'x' }, { kind: 'tab', tabId: 7 })).toBe('?a=x&b=tab%3A7');
    expect(refsFromUrl(queryOf({ kind: 'clip', id: 'x' }, { kind: 'tab', tabId: 7 }))).toEqual({
      a: { kind: 'clip', id: 'x' },
      b: { kind: 'tab', tabId: 7 },
    });
  });

  it('turns clips into sides; a passage without its article is none; same URL is versions', () => {
    const clip = sampleClip();
    const doc = docOfClip(clip);
    expect(doc).toMatchObject({ origin: 'clip', clipId: clip.id, text: clip.article?.text });
    expect(docOfClip({ ...clip, article: null })).toBeNull();
    expect(docOfClip(clip, 'tab')).toMatchObject({ origin: 'tab', clipId: null, savedAt: null });
    expect(areVersions(doc, docOfClip({ ...clip, id: 'other' }))).toBe(true);
    expect(areVersions(doc, docOfClip({ ...clip, url: 'https://example.org/other' }))).toBe(false);
    expect(areVersions(doc, docOfClip(clip, 'tab'))).toBe(false);
  });
});

const file = (name: string, body: string | Uint8Array, type = '') => {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return { name, type, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
};

describe('files', () => {
  it('refuses what is not text, and what is too large, before parsing it', async () => {
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toBeNull();
    expect(decodeText(new Uint8Array([0xc3, 0x28]))).toBeNull();
    expect(decodeText(new TextEncoder().encode('\uFEFFनमस्ते'))).toBe('नमस्ते');
    expect(await readComparedFile(file('photo.png', new Uint8Array([1, 0, 2])))).toEqual({
      ok: false,
      reason: 'not-text',
    });
    expect(await readComparedFile({ ...file('big.txt', 'x'), size: 30 * 1024 * 1024 })).toEqual({
      ok: false,
      reason: 'too-large',
    });
  });

  it('reads text as blocks, and knows HTML by name, type or content', async () => {
    expect(plainText('One line\r\ncontinued.\r\n\r\n\r\nNext  block.')).toBe(
      'One line continued.\nNext block.',
    );
    expect(looksLikeHtml('a.txt', '', '  <!DOCTYPE html><p>x')).toBe(true);
    expect(looksLikeHtml('a.htm', '', 'plain')).toBe(true);
    expect(looksLikeHtml('a', 'text/html', 'plain')).toBe(true);
    expect(looksLikeHtml('notes.txt', 'text/plain', 'a < b and c > d')).toBe(false);
    const read = await readComparedFile(file('story.txt', 'First.\n\nSecond.'));
    expect(read).toMatchObject({
      ok: true,
      doc: { origin: 'file', title: 'story.txt', text: 'First.\nSecond.' },
    });
    expect(await readComparedFile(file('empty.txt', ''))).toMatchObject({ ok: true, doc: { text: '' } });
  });

  it('parses HTML in an inert document: scripts and handlers never run, their text is not the article', async () => {
    const flag = globalThis as unknown as { __glossPwned?: boolean };
    const paragraph = 'The ministry confirmed that licences were granted to several companies on Thursday. ';
    const html = `<!doctype html><html lang="en"><head><title>Story</title>
      <script>window.__glossPwned = true;</script></head>
      <body><article><h1>Story</h1>${`<p>${paragraph.repeat(4)}</p>`.repeat(5)}
      <img src="https://tracker.example/pixel.gif" onerror="window.__glossPwned = true">
      <script>window.__glossPwned = true; document.write('SCRIPT TEXT');</script></article></body></html>`;
    const read = await readComparedFile(file('story.html', html));
    if (!read.ok) throw new Error(read.reason);
    expect(read.doc.text).toContain('The ministry confirmed');
    expect(read.doc.text).not.toMatch(/SCRIPT TEXT|__glossPwned/);
    expect(read.doc.lang).toBe('en');
    await new Promise((ok) => setTimeout(ok, 20));
    expect(flag.__glossPwned).toBeUndefined();
  });

  it('the worker’s parser (linkedom) takes the same article as the platform’s, and runs nothing', async () => {
    const flag = globalThis as unknown as { __glossPwned?: boolean };
    const paragraph =
      'Officials said the ferry service across the river would resume on Monday after repairs. ';
    const html = `<!doctype html><html lang="en-GB"><head><title>Ferry back</title>
      <meta property="article:published_time" content="2025-03-04T09:00:00Z">
      <script>globalThis.__glossPwned = true;</script></head>
      <body><nav>Home | World</nav><article><h1>Ferry back</h1>${`<p>${paragraph.repeat(3)}</p>`.repeat(6)}
      <img src="https://tracker.example/p.gif" onerror="globalThis.__glossPwned = true"></article>
      <footer>Copyright</footer></body></html>`;
    const here = htmlArticle(html, new DOMParser());
    const worker = htmlArticle(html, await workerDomParser());
    expect(worker).toEqual(here);
    expect(worker.text).toContain('the ferry service across the river');
    expect(worker.text).not.toMatch(/Copyright|__glossPwned/);
    expect(worker).toMatchObject({ lang: 'en-GB', published: '2025-03-04T09:00:00Z' });
    expect(flag.__glossPwned).toBeUndefined();
  });

  it('reads an HTML file through the parser it is given (the worker’s on the page)', async () => {
    const parse = vi.fn(async (html: string) => ({
      title: 'Parsed',
      text: `${html.length} characters`,
      published: null,
      lang: 'en',
      site: null,
    }));
    const read = await readComparedFile(file('story.html', '<p>hello</p>'), parse);
    expect(parse).toHaveBeenCalledWith('<p>hello</p>');
    expect(read).toMatchObject({ ok: true, doc: { title: 'Parsed', text: '12 characters', origin: 'file' } });
    // Text files are never sent to the parser.
    await readComparedFile(file('story.txt', 'plain'), parse);
    expect(parse).toHaveBeenCalledTimes(1);
  });
});

describe('reports and keys', () => {
  it('names a report after the two titles, safely', () => {
    const side = (title: string) => ({ title, url: null, published: null });
    expect(
      reportName({ a: side('China approves: licences!'), b: side('../../etc/passwd') }, 'markdown'),
    ).toBe('compare-china-approves-licences-vs-etc-passwd.md');
    expect(reportName({ a: side('चीन'), b: side('') }, 'html')).toBe('compare-चीन-vs-article.html');
  });

  it('steps with n/j and p/k, never with modifiers or inside form fields', () => {
    const body = document.body;
    const input = document.createElement('input');
    const key = (k: string, target: Element = body, mods = {}) =>
      stepForKey({ key: k, altKey: false, ctrlKey: false, metaKey: false, target, ...mods });
    expect([key('n'), key('j'), key('p'), key('k'), key('x')]).toEqual([1, 1, -1, -1, null]);
    expect(key('n', input)).toBeNull();
    expect(key('n', body, { ctrlKey: true })).toBeNull();
  });
});

describe('the worker client', () => {
  function fakeWorker() {
    const posted: ToWorker[] = [];
    const listeners: Record<string, ((e: { data?: FromWorker; message?: string }) => void)[]> = {};
    const worker: WorkerLike = {
      postMessage: (m) => posted.push(m),
      addEventListener: (type: string, l: (e: never) => void) => {
        listeners[type] = [...(listeners[type] ?? []), l as (e: { data?: FromWorker }) => void];
      },
    };
    const reply = (data: FromWorker) => {
      for (const l of listeners.message ?? []) l({ data });
    };
    return { worker, posted, reply };
  }

  it('passes progress on, resolves with the result, rejects on failure', async () => {
    const { worker, posted, reply } = fakeWorker();
    const run = workerRunner(worker);
    const progress = vi.fn<RunListener['progress']>();
    const first = run({ text: 'a' }, { text: 'b' }, { progress }, new AbortController().signal);
    expect(posted[0]).toMatchObject({ type: 'compare', id: 1, a: { text: 'a' } });
    reply({ type: 'progress', id: 1, progress: { phase: 'align', done: 1, total: 2 }, partial: null });
    reply({ type: 'done', id: 1, result: result() });
    await expect(first).resolves.toMatchObject({ version: 1 });
    expect(progress).toHaveBeenCalledWith({ phase: 'align', done: 1, total: 2 }, null);
    const second = run({ text: 'a' }, { text: 'b' }, { progress }, new AbortController().signal);
    reply({ type: 'failed', id: 2, message: 'boom' });
    await expect(second).rejects.toThrow('boom');
  });

  it('parses HTML in the worker: ids apart from comparisons, the article back, failures as errors', async () => {
    const { worker, posted, reply } = fakeWorker();
    const run = workerRunner(worker);
    const parse = workerHtmlParser(worker);
    const progress = vi.fn();
    const comparing = run({ text: 'a' }, { text: 'b' }, { progress }, new AbortController().signal);
    const parsing = parse('<p>x</p>');
    expect(posted.at(-1)).toEqual({ type: 'parse-html', id: -1, html: '<p>x</p>' });
    const article = { title: 'T', text: 'x', published: null, lang: null, site: null };
    reply({ type: 'parsed', id: -1, article });
    await expect(parsing).resolves.toEqual(article);
    // The comparison (id 1) heard nothing of it and still runs.
    reply({ type: 'done', id: 1, result: result() });
    await expect(comparing).resolves.toMatchObject({ version: 1 });
    const failing = parse('<p>y</p>');
    reply({ type: 'failed', id: -2, message: 'bad html' });
    await expect(failing).rejects.toThrow('bad html');
  });

  it('cancels a run the page no longer wants, and ignores its late messages', async () => {
    const { worker, posted, reply } = fakeWorker();
    const run = workerRunner(worker);
    const controller = new AbortController();
    const progress = vi.fn();
    const p = run({ text: 'a' }, { text: 'b' }, { progress }, controller.signal);
    controller.abort();
    await expect(p).rejects.toThrow('cancelled');
    expect(posted.at(-1)).toEqual({ type: 'cancel', id: 1 });
    reply({ type: 'progress', id: 1, progress: { phase: 'diff', done: 1, total: 1 }, partial: null });
    expect(progress).not.toHaveBeenCalled();
  });
});
