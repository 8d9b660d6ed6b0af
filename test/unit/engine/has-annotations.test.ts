/**
 * `hasAnnotations` (ADR 0033): the probe's first question — would the engine return any record? —
 * answered as `annotateText(...).length > 0` answers it, on every eval article, each of its paragraphs
 * and sentences alone (so texts on topic by claims only, off topic, and without any term are all in).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFactBase } from '../../../scripts/vite/fact-base-plugin';
import { annotateText, hasAnnotations } from '../../../src/core/annotate';

const ROOT = join(import.meta.dirname, '../../..');
const base = loadFactBase(join(ROOT, 'src/data'));
const dir = join(ROOT, 'test/fixtures/eval/articles');
const articles = readdirSync(dir)
  .filter((n) => n.endsWith('.json'))
  .map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as { title: string; paragraphs: string[] });

const texts = articles.flatMap((a) => {
  const whole = [a.title, ...a.paragraphs].join('\n\n');
  const sentences = a.paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+/));
  return [whole, ...a.paragraphs, ...sentences];
});

describe('hasAnnotations', () => {
  const options = { matcher: base.matcher, factById: base.factById, published: null };
  const cases = texts.map((text) => {
    const records = annotateText(text, options);
    return { text, records, has: hasAnnotations(text, options) };
  });

  it('says yes exactly when the engine finds a record', () => {
    const wrong = cases.filter((c) => c.has !== c.records.length > 0).map((c) => c.text);
    expect(wrong).toEqual([]);
  });

  it('is tried on texts of every kind: with term records, with claims or paraphrases only, and none', () => {
    const withTerms = cases.filter((c) => c.records.some((r) => r.kind === 'term'));
    const claimsOnly = cases.filter(
      (c) => c.records.length > 0 && c.records.every((r) => r.kind === 'claim'),
    );
    const none = cases.filter((c) => c.records.length === 0);
    const offTopicWithTerms = none.filter((c) => base.matcher.analyze(c.text).terms.length > 0);
    expect(withTerms.length).toBeGreaterThan(100);
    expect(claimsOnly.length).toBeGreaterThan(0);
    expect(none.length).toBeGreaterThan(100);
    expect(offTopicWithTerms.length).toBeGreaterThan(0);
  });

  it('says no on an empty text and on text the base knows nothing about', () => {
    expect(hasAnnotations('', options)).toBe(false);
    expect(hasAnnotations('The village fete raised money for a new roof on the church hall.', options)).toBe(
      false,
    );
  });
});
