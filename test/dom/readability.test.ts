import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_PACKS } from '../../src/core/facts/bundled';
import { buildFactBase } from '../../src/core/facts/factbase';
import { parseArticle } from '../../src/dom/readability';
import { pointsFor, type TextPoint } from '../../src/dom/text-index';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures', name), 'utf8');

/** The text between two DOM points (happy-dom's Range is unreliable on DOMParser documents). */
function textBetween(doc: Document, a: TextPoint, b: TextPoint): string {
  if (a.node === b.node) return a.node.data.slice(a.offset, b.offset);
  const walker = doc.createTreeWalker(doc.body, 4);
  walker.currentNode = a.node;
  let out = a.node.data.slice(a.offset);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (n === b.node) return out + n.data.slice(0, b.offset);
    out += n.data;
  }
  throw new Error('end point not after start point');
}

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe.each(['seeds/coverage-a.html', 'seeds/coverage-b.html'])('parseArticle on %s', (name) => {
  it('maps every match to a range on the live page that reads as the quote, leaving the page unchanged', () => {
    const doc = load(fixture(name));
    const before = doc.documentElement.outerHTML;
    const article = parseArticle(doc, { force: true });
    expect(article).not.toBeNull();
    if (!article) return;
    expect(doc.documentElement.outerHTML).toBe(before);

    const matches = buildFactBase(BUNDLED_PACKS).matcher.find(article.index.text);
    expect(matches.length).toBeGreaterThanOrEqual(4);
    for (const m of matches) {
      const pts = pointsFor(article.index, m.start, m.end, article.toLive);
      expect(pts, m.alias).not.toBeNull();
      if (!pts) continue;
      expect(pts.start.node.ownerDocument).toBe(doc);
      expect(pts.start.node.isConnected).toBe(true);
      expect(textBetween(doc, pts.start, pts.end).replace(/\s+/g, ' ')).toBe(
        article.index.text.slice(m.start, m.end).replace(/\s+/g, ' '),
      );
    }
  });

  it('reads the metadata', () => {
    const article = parseArticle(load(fixture(name)), { force: true });
    expect(article?.title).toBeTruthy();
    expect(article?.publishedTime).toMatch(/^2025-10-30/);
  });
});

describe('parseArticle on bad input', () => {
  it('returns null for a page with no article', () => {
    const doc = load(
      '<html><body><nav><a href="/">Home</a></nav><form><input name="q"></form></body></html>',
    );
    expect(parseArticle(doc)).toBeNull();
  });

  it('returns null for an empty document', () => {
    expect(parseArticle(load(''))).toBeNull();
  });
});
