/**
 * Markdown and Web Annotation exports against golden files in test/fixtures/clips/. When a
 * format changes on purpose, run with GLOSS_UPDATE_GOLDEN=1 and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { markdownArchive } from '../../../src/core/clips/archive';
import { clipToMarkdown, markdownFileName } from '../../../src/core/clips/markdown';
import { exportWebAnnotations } from '../../../src/core/clips/web-annotation';
import { sampleClip } from '../../support/clips';

const DIR = new URL('../../fixtures/clips/', import.meta.url).pathname;
const UPDATE = process.env.GLOSS_UPDATE_GOLDEN === '1';

function golden(name: string, actual: string): void {
  const file = `${DIR}${name}`;
  if (UPDATE || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const passage = sampleClip();
const hostile = sampleClip({
  id: 'b7d1e2f3-0000-4000-8000-000000000002',
  kind: 'article',
  title: 'A <script>alert("x")</script> title: with "quotes"',
  byline: null,
  published: null,
  passages: [],
  note: '# not a heading\n<img src=x onerror=alert(1)> & more',
  tags: ['to-read'],
  annotations: [],
});

describe('Markdown export', () => {
  it('matches the golden file for a passage clip', () => golden('passage.md', clipToMarkdown(passage)));
  it('keeps markup from a title or note inert', () => {
    const md = clipToMarkdown(hostile);
    golden('hostile.md', md);
    const body = md.slice(md.indexOf('\n---\n') + 5);
    expect(body).not.toMatch(/<script|<img/);
    // In the front matter it is a quoted YAML string: data, not markup.
    expect(md).toContain('title: "A <script>alert(\\"x\\")</script> title: with \\"quotes\\""');
  });

  it('names files by date, title and id', () => {
    expect(markdownFileName(passage)).toBe('2026-12-01-india-and-china-agree-on-lac-patrols-3f2b8c1e.md');
  });

  it('zips one file per clip, with the same bytes every time', () => {
    const zip = markdownArchive([passage, hostile]);
    expect(markdownArchive([passage, hostile])).toEqual(zip);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual([
      'gloss-clips/2026-12-01-a-script-alert-x-script-title-with-quotes-b7d1e2f3.md',
      'gloss-clips/2026-12-01-india-and-china-agree-on-lac-patrols-3f2b8c1e.md',
    ]);
    expect(
      strFromU8(
        files['gloss-clips/2026-12-01-india-and-china-agree-on-lac-patrols-3f2b8c1e.md'] as Uint8Array,
      ),
    ).toBe(clipToMarkdown(passage));
  });
});

describe('Web Annotation export', () => {
  it('matches the golden file', () =>
    golden(
      'web-annotation.jsonld',
      exportWebAnnotations([passage, hostile], new Date('2026-12-02T10:00:00Z')),
    ));

  it('carries the passage selectors exactly as saved', () => {
    const doc = JSON.parse(exportWebAnnotations([passage], new Date(0)));
    const item = doc.first.items[0];
    expect(item.target.selector).toEqual([passage.passages[0]?.quote, passage.passages[0]?.position]);
    expect(item.id).toBe(`urn:uuid:${passage.id}`);
    expect(doc.total).toBe(1);
  });
});
