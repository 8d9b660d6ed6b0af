import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorPassage } from '../../../src/core/clips/anchor';
import { readHypothesisJson } from '../../../src/core/clips/hypothesis';
import { sampleClip } from '../../support/clips';

const TEXT = readFileSync(new URL('../../fixtures/clips/hypothesis-export.json', import.meta.url), 'utf8');
const NOW = Date.UTC(2026, 11, 2);

describe('Hypothesis import', () => {
  const r = readHypothesisJson('hypothesis.json', TEXT, NOW);
  if (!r.ok) throw new Error(r.errors.join('\n'));

  it('turns an annotation into a passage clip with its selectors, note and tags', () => {
    const clip = r.clips[0];
    expect(clip).toMatchObject({
      id: 'hypothesis:Xk3f9QabEe-1aBcDeFgHiJ',
      kind: 'passage',
      url: 'https://www.example.org/news/lac-patrols',
      title: 'India and China agree on LAC patrols',
      site: 'example.org',
      note: 'Compare with the **Galwan** figures. <script>alert(1)</script>',
      tags: ['lac', 'galwan'],
      savedAt: Date.parse('2026-11-20T08:15:00Z'),
      updatedAt: Date.parse('2026-11-21T09:00:00Z'),
      article: null,
      annotations: [],
    });
    expect(clip?.passages[0]?.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'The Galwan clash of June 2020',
      prefix: ' along the LAC in October 2024.\n',
      suffix: ' killed twenty Indian soldiers.\n',
    });
    expect(clip?.passages[0]?.position).toEqual({ type: 'TextPositionSelector', start: 81, end: 110 });
    expect(clip?.passages[0]?.link).toContain('#:~:text=');
  });

  it('its selectors anchor in the article they came from', () => {
    const text = sampleClip().article?.text as string;
    const p = r.clips[0]?.passages[0];
    const a = p && anchorPassage(text, p.quote, p.position);
    expect(a?.method).toBe('exact');
    expect(text.slice(a?.start, a?.end)).toBe('The Galwan clash of June 2020');
  });

  it('a page note becomes an article clip; replies and non-web documents are skipped and reported', () => {
    expect(r.clips.map((c) => c.kind)).toEqual(['passage', 'article']);
    expect(r.notes).toEqual([
      'hypothesis.json: skipped ReplyCCCCCC-dddddddddd: a reply',
      'hypothesis.json: skipped PdfEEEEEEE-ffffffffff: not on an http(s) page',
      'clip 1 (id "hypothesis:Xk3f9QabEe-1aBcDeFgHiJ"): note: markup kept as plain text, never run',
    ]);
  });

  it('refuses what is not a Hypothesis export', () => {
    expect(readHypothesisJson('x.json', '{"rows": 3}', NOW)).toEqual({
      ok: false,
      errors: ['x.json: annotations: expected a Hypothesis export with a list of annotations'],
    });
    expect(readHypothesisJson('x.json', '{"annotations": [', NOW).ok).toBe(false);
  });
});
