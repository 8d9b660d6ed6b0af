/**
 * Placing saved passages on a page again (docs/adr/0019-revisit.md): exact where the text is
 * unchanged or moved, through the whole page when there is no article, and an orphan — never a
 * highlight elsewhere — where the passage's text was edited away.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placePassages } from '../../src/content/features/revisit/place';
import type { RevisitPassage } from '../../src/core/clips/revisit';
import { describeRange } from '../../src/core/clips/selectors';
import { parseArticle } from '../../src/dom/readability';
import { buildTextIndex } from '../../src/dom/text-index';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures', name), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
/** The page in the test's own document (happy-dom's Range misbehaves on DOMParser documents). */
function load(html: string): Document {
  const inner = parse(html).documentElement.innerHTML;
  document.documentElement.innerHTML = inner;
  return document;
}

const textOf = (_doc: Document, range: Range) => range.toString();

const QUOTE = 'rare earth magnets from China';

/** A passage saved from the seed's article, as the save flow takes it (article text offsets). */
function savedPassage(html: string, phrase: string): RevisitPassage {
  const article = parseArticle(parse(html), { force: true });
  if (!article) throw new Error('no article');
  const start = article.index.text.indexOf(phrase);
  expect(start).toBeGreaterThan(0);
  return describeRange(article.index.text, start, start + phrase.length);
}

const SEED = fixture('seeds/coverage-b.html');

describe('placePassages', () => {
  it('the unchanged page: the passage is placed where it was, exactly', () => {
    const passage = savedPassage(SEED, QUOTE);
    const doc = load(SEED);
    const { ranges, orphans } = placePassages(doc, [passage], parseArticle(doc, { force: true }));
    expect(orphans).toEqual([]);
    expect(ranges.map((r) => textOf(doc, r))).toEqual([QUOTE]);
  });

  it('text added above the passage: it is found where it moved', () => {
    const passage = savedPassage(SEED, QUOTE);
    const doc = load(
      SEED.replace('<p>NEW DELHI:', '<p>Update: this story was revised with new figures.</p><p>NEW DELHI:'),
    );
    const article = parseArticle(doc, { force: true });
    expect(article?.index.text.indexOf(QUOTE)).not.toBe(passage.position?.start);
    const { ranges, orphans } = placePassages(doc, [passage], article);
    expect(orphans).toEqual([]);
    expect(ranges.map((r) => textOf(doc, r))).toEqual([QUOTE]);
  });

  it('a word of the passage edited: placed approximately on the edited words', () => {
    const phrase = 'Indian companies have received licences for importing rare earth magnets';
    const passage = savedPassage(SEED, phrase);
    const doc = load(SEED.replace('have received licences', 'have obtained licences'));
    const { ranges, orphans } = placePassages(doc, [passage], parseArticle(doc, { force: true }));
    expect(orphans).toEqual([]);
    expect(ranges.map((r) => textOf(doc, r))[0]).toMatch(
      /Indian companies have obtained licences for importing/,
    );
  });

  it('the passage rewritten: an orphan, and nothing else is highlighted in its place', () => {
    const phrase = 'Indian companies have received licences for importing rare earth magnets from China';
    const passage = savedPassage(SEED, phrase);
    const doc = load(
      SEED.replace(
        /Yes, we confirm that some Indian companies[^”]*/,
        'The spokesperson declined to comment on any specific trade arrangement',
      ),
    );
    const { ranges, orphans } = placePassages(doc, [passage], parseArticle(doc, { force: true }));
    expect(ranges).toEqual([]);
    expect(orphans).toEqual([passage]);
  });

  it('no article on the page: a passage saved alone is placed through the whole page', () => {
    const html = fixture('no-article.html');
    const doc = load(html);
    const text = buildTextIndex(doc.body).text;
    const start = text.indexOf('Forgot your password');
    // Saved alone: its quote with context from a window of the page's text, no position.
    const { quote } = describeRange(text, start, start + 'Forgot your password'.length);
    const { ranges, orphans } = placePassages(doc, [{ quote, position: null }], null);
    expect(orphans).toEqual([]);
    expect(ranges.map((r) => textOf(doc, r))).toEqual(['Forgot your password']);
  });

  it('several passages: each placed or listed on its own', () => {
    const kept = savedPassage(SEED, QUOTE);
    const gone = savedPassage(SEED, 'China controls around 70% of global rare earth mining');
    const doc = load(
      SEED.replace('China controls around 70% of global rare earth mining', 'Output figures vary widely'),
    );
    const { ranges, orphans } = placePassages(doc, [gone, kept], parseArticle(doc, { force: true }));
    expect(ranges.map((r) => textOf(doc, r))).toEqual([QUOTE]);
    expect(orphans).toEqual([gone]);
  });
});
