/**
 * Reading a page's serialised copy in the worker and placing the result on the live page (ADR 0023):
 * the same article and the same DOM points as Readability on a clone of the live page (the path it
 * replaces), and places that survive a page changed since it was serialised.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser as LinkedomParser } from 'linkedom/worker';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../src/core/facts/bundled';
import { annotateWith, buildFactBase } from '../../src/core/facts/factbase';
import { parseReply } from '../../src/core/messages';
import { pageCopyOf, placeIn } from '../../src/core/page-map';
import { readPageCopy, readPageMap } from '../../src/dom/page-copy';
import { livePlacer, liveTexts, parsedTexts, textBetween } from '../../src/dom/page-text';
import { parseArticle } from '../../src/dom/readability';
import { pointsFor } from '../../src/dom/text-index';
import type { HtmlParser } from '../../src/dom/worker-dom';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures', name), 'utf8');
const inert = new LinkedomParser() as unknown as HtmlParser;
const base = buildFactBase(BUNDLED_PACKS);
const live = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const squash = (s: string) => s.replace(/\s+/g, '');

describe.each(['seeds/coverage-a.html', 'seeds/coverage-b.html'])('a page copy of %s', (name) => {
  it('gives the article Readability finds on the live page, and every record the same DOM points', () => {
    const doc = live(fixture(name));
    const before = doc.documentElement.outerHTML;
    const copy = readPageCopy(before, inert);
    const here = parseArticle(doc);
    expect(copy && here).toBeTruthy();
    if (!copy || !here) return;
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(copy.text).toBe(here.index.text);
    expect(copy.published).toBe(here.publishedTime);

    const records = annotateWith(base, copy.text, copy.published);
    expect(records.length).toBeGreaterThanOrEqual(4);
    const find = livePlacer(doc);
    const texts = liveTexts(doc);
    for (const r of records) {
      const place = copy.place(r.start, r.end);
      expect(place, r.quote).not.toBeNull();
      if (!place) continue;
      // Found where the copy had it, without a search: both sides count the same text.
      expect(textBetween(texts, place.at, place.at + place.raw.length)).toBe(place.raw);
      expect(squash(place.raw)).toBe(squash(r.quote));
      const old = pointsFor(here.index, r.start, r.end, here.toLive);
      expect(find(place)).toEqual(old);
    }
  });
});

describe.each(['seeds/coverage-a.html', 'seeds/coverage-b.html'])('a page map of %s (ADR 0039)', (name) => {
  it('crosses a message: as JSON, the same places for every record, within the reply schema', () => {
    const map = readPageMap(live(fixture(name)).documentElement.outerHTML, inert);
    expect(map).not.toBeNull();
    if (!map) return;
    const sent = JSON.parse(JSON.stringify(map)) as typeof map;
    expect(parseReply('page/read', { ok: true, value: sent })).toEqual({ ok: true, value: map });
    const records = annotateWith(base, map.text, map.published);
    expect(records.length).toBeGreaterThanOrEqual(4);
    const copy = pageCopyOf(sent);
    for (const r of records) {
      const place = copy.place(r.start, r.end);
      expect(place, r.quote).not.toBeNull();
      expect(place).toEqual(placeIn(map, r.start, r.end));
      // The page's text is in the map: the place reads as its quote there.
      expect(place && squash(map.page.slice(place.at, place.at + place.raw.length))).toBe(squash(r.quote));
    }
    // Runs only where collapsed whitespace skips characters: far fewer numbers than characters.
    const numbers = map.segments.reduce((n, s) => n + (s.runs?.length ?? 0), 0);
    expect(numbers).toBeLessThan(map.text.length / 4);
    expect(map.segments.every((s) => s.runs !== null)).toBe(true);
  });
});

describe('a page map', () => {
  it('places nothing across a segment that did not map, and nothing empty or reversed', () => {
    const map = {
      text: 'Galwan Valley\nclash',
      published: null,
      page: 'xx Galwan   Valley yy clash',
      segments: [
        { start: 0, end: 13, runs: [0, 3, 7, 12] },
        { start: 14, end: 19, runs: null },
      ],
      bounds: null,
    };
    // 'Galwan' is at 3; 'Valley' starts after the three spaces the article collapsed to one.
    expect(placeIn(map, 0, 6)).toEqual({ at: 3, raw: 'Galwan', k: 0 });
    expect(placeIn(map, 0, 13)).toEqual({ at: 3, raw: 'Galwan   Valley', k: 0 });
    expect(placeIn(map, 7, 13)).toEqual({ at: 12, raw: 'Valley', k: 0 });
    expect(placeIn(map, 14, 19)).toBeNull();
    expect(placeIn(map, 6, 6)).toBeNull();
    expect(placeIn(map, 6, 2)).toBeNull();
  });
});

/** A live page as scripts leave it: text in several adjacent nodes, a changed page. */
function article(paragraphs: readonly string[]): string {
  return `<!doctype html><html><head><title>T</title><script>var x = "<p>not text</p>";</script></head><body>
<noscript><p>Enable scripts &amp; reload</p></noscript><template><p>Galwan template</p></template>
<article><h1>The Galwan Valley</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
}

const PARAGRAPHS = Array.from(
  { length: 8 },
  (_, i) =>
    `Paragraph ${i}: soldiers met in the Galwan Valley &amp; along the Line of Actual Control, where talks went on for months &mdash; and the disengagement that followed took most of a year to agree.`,
);

describe('places on a live page', () => {
  it('count the same text on both sides (script, noscript, template and entities left out or kept alike)', () => {
    const html = article(PARAGRAPHS);
    const doc = live(html);
    const serialised = doc.documentElement.outerHTML;
    const parsed = parsedTexts(inert.parseFromString(serialised, 'text/html'));
    const texts = liveTexts(doc);
    expect(parsed.length).toBe(texts.length);
    expect(parsed.nodes.map((n) => n.data).join('')).toBe(texts.nodes.map((n) => n.data).join(''));
  });

  it('map into text a script split into adjacent nodes', () => {
    const doc = live(article(PARAGRAPHS));
    const copy = readPageCopy(doc.documentElement.outerHTML, inert);
    expect(copy).not.toBeNull();
    if (!copy) return;
    // After serialising, a script rebuilds the third paragraph as three adjacent text nodes.
    const p = doc.querySelectorAll('article p')[2] as HTMLElement;
    const text = p.textContent ?? '';
    p.textContent = '';
    for (const part of [text.slice(0, 20), text.slice(20, 50), text.slice(50)])
      p.appendChild(doc.createTextNode(part));
    const at = copy.text.indexOf('Line of Actual Control', copy.text.indexOf('Paragraph 2'));
    const place = copy.place(at, at + 'Line of Actual Control'.length);
    expect(place?.raw).toBe('Line of Actual Control');
    const points = place && livePlacer(doc)(place);
    expect(points?.start.node.parentNode).toBe(p);
    expect(points?.start.node.data.slice(points.start.offset)).toMatch(/^Line of/);
  });

  it('are found again when the page changed since it was serialised, and dropped when their text is gone', () => {
    const doc = live(article(PARAGRAPHS));
    const copy = readPageCopy(doc.documentElement.outerHTML, inert);
    expect(copy).not.toBeNull();
    if (!copy) return;
    const quote = 'disengagement';
    const fifth = copy.text.indexOf(quote, copy.text.indexOf('Paragraph 5'));
    const place = copy.place(fifth, fifth + quote.length);
    expect(place).not.toBeNull();
    if (!place) return;
    // A banner inserted above the article shifts every offset.
    doc.body.insertBefore(doc.createElement('div'), doc.body.firstChild).textContent =
      'Breaking: a banner. '.repeat(7);
    const points = livePlacer(doc)(place);
    expect(points?.start.node.parentElement?.textContent).toMatch(/^Paragraph 5/);
    expect(points?.start.node.data.slice(points.start.offset, points.end.offset)).toBe(quote);
    // The text itself is gone: no place.
    for (const el of doc.querySelectorAll('article p')) el.textContent = 'Nothing left here.';
    expect(livePlacer(doc)(place)).toBeNull();
  });

  it('come from hostile markup without running anything in it', () => {
    const g = globalThis as { __pwned?: boolean };
    const html = article([
      ...PARAGRAPHS,
      '<img src="x" onerror="globalThis.__pwned = true"><script>globalThis.__pwned = true</script>',
    ]).replace('<head>', '<head><meta http-equiv="refresh" content="0;url=https://evil.example/">');
    const copy = readPageCopy(html, inert);
    expect(copy?.text).toContain('Galwan Valley');
    expect(g.__pwned).toBeUndefined();
  });
});

describe('a page copy without an article', () => {
  it('is null', () => {
    expect(readPageCopy('<html><body><nav><a href="/">Home</a></nav></body></html>', inert)).toBeNull();
    expect(readPageCopy('', inert)).toBeNull();
  });
});

describe('a page copy of a single-page app', () => {
  it('reads the story on the page, not the one its template keeps for later', () => {
    // The page after its script swapped the story, as a browser serialises it: the template's
    // content written out as markup (which a parser without scripting builds into elements).
    const source = fixture('spa.html');
    const next = source.match(/<article id="story-b-article">[\s\S]*?<\/article>/)?.[0] ?? '';
    const html = source
      .replace(/<article id="story-a">[\s\S]*?<\/article>/, next)
      .replace(/<title>[^<]*/, '<title>The summit that reset India–China ties | Example Daily');
    expect(next).toContain('Kazan');
    const copy = readPageCopy(html, inert);
    expect(copy?.text).toContain('Kazan');
    expect(copy?.text).not.toContain('Galwan Valley');
    // What Readability found on the page itself (the template's copy of the story is not in its tree).
    expect(copy?.text).toBe(parseArticle(live(html))?.index.text);
    const at = copy?.text.indexOf('Kazan') ?? -1;
    const place = copy?.place(at, at + 'Kazan'.length);
    expect(place).not.toBeNull();
    const doc = live(html);
    const points = place ? livePlacer(doc)(place) : null;
    expect(points?.start.node.parentElement?.closest('main')).not.toBeNull();
    expect(points?.start.node.data.slice(points.start.offset, points.end.offset)).toBe('Kazan');
  });
});
