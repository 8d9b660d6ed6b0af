/**
 * `page/parse` in the worker (ADR 0023): the page's serialised HTML read in an inert copy, the
 * engine's records with their places on the page, and only the annotated facts' card views.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/browser', () => ({ browser: {}, isContextAlive: () => true }));

const { onParse, onProbe } = await import('../../../src/background/handlers/annotate');
const { bundledFactBase } = await import('../../../src/background/engine/factbase');
const base = bundledFactBase();
const { viewsAround } = await import('../../../src/background/engine/views');
const { MAX_PAGE_HTML, makeRequest, parseReply, parseRequest } = await import('../../../src/core/messages');
const { readerHere } = await import('../../../src/background/engine/page-reader-here');
const { DOMParser: LinkedomParser } = await import('linkedom/worker');
// No DOM in Node: the reader Firefox's event page uses, with linkedom as its DOMParser.
const reader = readerHere(() => new LinkedomParser() as unknown as DOMParser);
const read = (html: string) => reader.read(html);

const seed = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/seeds', name), 'utf8');

describe('page/parse', () => {
  it('reads a seed page: records, one place and one occurrence each, the views of annotated facts only', async () => {
    const reading = await onParse({ html: seed('coverage-a.html') }, base, read);
    expect(reading).not.toBeNull();
    if (!reading) return;
    expect(reading.records.length).toBeGreaterThanOrEqual(4);
    expect(reading.places).toHaveLength(reading.records.length);
    expect(reading.nth).toHaveLength(reading.records.length);
    reading.records.forEach((r, i) => {
      const place = reading.places[i];
      expect(place, r.quote).not.toBeNull();
      expect(place?.raw.replace(/\s+/g, ' ')).toBe(r.quote.replace(/\s+/g, ' '));
    });
    // A record carries its card's title only; the card itself is the fact's view, sent once.
    expect(new Set(reading.records.map((r) => Object.keys(r.card).join()))).toEqual(new Set(['title']));
    const annotated = new Set(reading.records.flatMap((r) => r.factIds));
    expect(new Set(reading.views.map((v) => v.factId))).toEqual(annotated);
    // The neighbours the reply used to carry are left for `card/views` (the heap cut).
    expect(viewsAround(base, annotated).length).toBeGreaterThan(reading.views.length);
    expect(reading.bounds?.first.raw).toBeTruthy();
    // The reply passes the schema the page checks it with.
    expect(parseReply('page/parse', { ok: true, value: reading }).ok).toBe(true);
  });

  it('answers null for a page without an article', async () => {
    expect(
      await onParse({ html: '<html><body><nav><a href="/">Home</a></nav></body></html>' }, base, read),
    ).toBeNull();
  });

  it('takes no HTML over the limit, and nothing but the HTML', () => {
    const big = 'x'.repeat(MAX_PAGE_HTML + 1);
    expect(parseRequest(makeRequest('page/parse', { html: big }))).toBeNull();
    expect(
      parseRequest({ gloss: 1, name: 'page/parse', payload: { html: '<p>a</p>', url: 'x' } }),
    ).toBeNull();
    expect(parseRequest({ gloss: 1, name: 'page/parse', payload: { html: 3 } })).toBeNull();
    expect(parseRequest(makeRequest('page/parse', { html: '<p>a</p>' }))).not.toBeNull();
  });

  it('rejects a reply whose places do not line up with its records', async () => {
    const reading = await onParse({ html: seed('coverage-b.html') }, base, read);
    expect(reading).not.toBeNull();
    const bad = { ...reading, places: reading?.places.slice(1) };
    expect(parseReply('page/parse', { ok: true, value: bad }).ok).toBe(false);
  });

  it("comes with the probe's answer where the page's text has something, and is not made where it has not (ADR 0026)", async () => {
    const html = seed('coverage-a.html');
    const sender = { id: 'gloss', url: 'https://news.example/a', tab: { id: 3 }, frameId: 0 } as Parameters<
      typeof onProbe
    >[1];
    const reads: string[] = [];
    const readHere = (h: string) => {
      reads.push(h);
      return onParse({ html: h }, base, read);
    };
    // The page's text, roughly as the probe reads it (the tags' text is all the engine needs here).
    const text = html.replace(/<[^>]*>/g, ' ');
    const yes = await onProbe({ text, html }, sender, base, readHere);
    expect(yes.show).toBe(true);
    expect(reads).toEqual([html]);
    expect(yes.reading).toEqual(await onParse({ html }, base, read));
    expect(parseReply('page/probe', { ok: true, value: yes }).ok).toBe(true);
    // Nothing in the text: no parse, even though the document would have had an article.
    const no = await onProbe({ text: 'A recipe for bread.', html }, sender, base, readHere);
    expect(no).toMatchObject({ show: false });
    expect(no.reading).toBeUndefined();
    expect(reads).toHaveLength(1);
    // No document sent (over the limit): the answer says show, with no reading.
    const unsent = await onProbe({ text, html: null }, sender, base, readHere);
    expect(unsent).toMatchObject({ show: true, reading: null });
    expect(reads).toHaveLength(1);
    // A woken worker whose parser is not evaluated yet (ADR 0028): the same decision, no reading at all
    // (the feature asks `page/parse`), and no parse.
    const fromText = await onProbe({ text, html }, sender, base, null);
    expect(fromText).toMatchObject({ show: true, off: false, display: yes.display });
    expect('reading' in fromText).toBe(false);
    expect(parseReply('page/probe', { ok: true, value: fromText }).ok).toBe(true);
    expect(await onProbe({ text: 'A recipe for bread.', html }, sender, base, null)).toEqual(no);
    expect(reads).toHaveLength(1);
  });
});
