/**
 * The bundled base's gate vocabulary comes with the build (ADR 0033): the worker parses it instead of
 * deriving it on every wake. It must decide every title and URL as the derived one does, and a base
 * with the reader's packs still derives its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledBase, bundledFactBase } from '../../../src/background/engine/factbase';
import { gateVocabularyOf } from '../../../src/background/engine/gate';
import { buildFactBase } from '../../../src/core/facts/factbase';
import { gateVocabulary, passesGate } from '../../../src/core/gate';
import { testFact } from '../../support/facts';

const ROOT = join(import.meta.dirname, '../../..');
const articles = join(ROOT, 'test/fixtures/eval/articles');
const titles = readdirSync(articles)
  .filter((n) => n.endsWith('.json'))
  .flatMap((n) => {
    const a = JSON.parse(readFileSync(join(articles, n), 'utf8')) as { title: string; paragraphs: string[] };
    // Titles, and each article's sentences as titles (many pass on one story word, many do not).
    return [a.title, ...a.paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+/))];
  });
const urls = [
  'https://news.example/2025/10/30/rare-earth-magnet-licences',
  'https://news.example/sport/football',
];

describe("the bundled base's gate vocabulary from the build", () => {
  const base = bundledFactBase();
  const shipped = gateVocabularyOf(base);
  const derived = gateVocabulary(base);

  it('has the same keys and the same evidence as the one derived from the index', () => {
    expect([...shipped.naming]).toEqual([...derived.naming]);
    expect([...shipped.story.keys()]).toEqual([...derived.story.keys()]);
    expect([...shipped.story.values()].map((e) => e.length)).toEqual(
      [...derived.story.values()].map((e) => e.length),
    );
  });

  it('decides every title and URL as the derived one does, passing some and not others', () => {
    const decisions = titles.flatMap((title) => urls.map((url) => [title, url] as const));
    const differ = decisions.filter(
      ([title, url]) => passesGate(shipped, title, url) !== passesGate(derived, title, url),
    );
    expect(differ).toEqual([]);
    const passed = titles.filter((title) => passesGate(shipped, title, 'https://x.example/')).length;
    expect(passed).toBeGreaterThan(100);
    expect(titles.length - passed).toBeGreaterThan(100);
  });

  it("is not used for a base with the reader's packs, which derives its own", () => {
    const pack = {
      schemaVersion: 1 as const,
      id: 'reader',
      version: '1.0.0',
      title: 'Reader',
      lang: 'en',
      facts: [testFact('place.zanzibar-harbour', [{ text: 'Zanzibar Harbour' }])],
    };
    const merged = buildFactBase([...bundledBase().packs, pack]);
    expect(passesGate(gateVocabularyOf(merged), 'Boats leave Zanzibar Harbour', 'https://x.example/')).toBe(
      true,
    );
    expect(passesGate(shipped, 'Boats leave Zanzibar Harbour', 'https://x.example/')).toBe(false);
  });
});
