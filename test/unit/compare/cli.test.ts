/**
 * `npm run compare` on bad input: identical files, an empty file, unrelated files, a
 * non-English file, HTML with scripts and trackers (never run, never loaded), a file that is
 * not text (a clear error), usage errors; and the --json document's shape
 * (docs/compare-json.md).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledBase, isBinary, loadArticle, parseArgs, run } from '../../../scripts/compare';
import { crossStoryLine } from '../../../scripts/compare-eval';

const ROOT = join(import.meta.dirname, '../../..');
const SEEDS = join(ROOT, 'test/fixtures/seeds');
const dir = mkdtempSync(join(tmpdir(), 'gloss-compare-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const base = bundledBase();
const cli = (...args: string[]) => run(args, base);

describe('reading inputs', () => {
  it('refuses a file that is not text, saying so', () => {
    const png = file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect(() => loadArticle(png, null)).toThrow(/image\.png: not a text or HTML file \(binary content\)/);
    const latin1 = file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]));
    expect(() => loadArticle(latin1, null)).toThrow(/not a text or HTML file/);
    expect(() => loadArticle(join(dir, 'missing.txt'), null)).toThrow(/missing\.txt: no such file/);
    expect(() => loadArticle(dir, null)).toThrow(/is a directory/);
  });

  it('accepts UTF-8 text, a BOM, and a multibyte character cut at the 64 KB sniffing window', () => {
    expect(isBinary(Buffer.from('\uFEFFNamaste — नमस्ते.\n', 'utf8'))).toBe(false);
    const long = Buffer.from(`${'a'.repeat(64 * 1024 - 1)}é and more`, 'utf8');
    expect(isBinary(long)).toBe(false);
  });

  it('never runs a page script nor loads a tracker, and keeps only the article text', () => {
    const html = `<!doctype html><html><head><title>Story</title>
      <script>document.body && (document.body.innerHTML = '<p>INJECTED BY SCRIPT</p>'); globalThis.__ran = true;</script>
      <script src="https://tracker.example/t.js"></script></head>
      <body><article><h1>Story</h1>
      <p>China granted licences to several Indian companies to import rare earth magnets on Thursday, the ministry said in a statement to reporters.</p>
      <p>The decision follows months of talks between the two governments on supplies of critical minerals for electric vehicles.</p>
      <img src="https://tracker.example/pixel.gif" width="1" height="1">
      <p onclick="alert(1)">Officials did not say how many licences had been issued or when shipments would begin to arrive.</p>
      </article></body></html>`;
    const a = loadArticle(file('tracked.html', html), null);
    expect(a.kind).toBe('html');
    expect(a.text).toContain('China granted licences');
    expect(a.text).not.toContain('INJECTED');
    expect(a.text).not.toContain('tracker');
    expect((globalThis as { __ran?: boolean }).__ran).toBeUndefined();
  });

  it('takes the publication date from the page unless one is given', () => {
    expect(loadArticle(join(SEEDS, 'coverage-a.html'), null).published).toMatch(/^2025-10-30/);
    expect(loadArticle(join(SEEDS, 'coverage-a.html'), '2025-11-02').published).toBe('2025-11-02');
  });
});

describe('arguments', () => {
  it('needs two inputs, valid dates, and one of --json or --html', () => {
    expect(() => parseArgs(['a.txt'])).toThrow(/two inputs/);
    expect(() => parseArgs(['a', 'b', '--published-a', '30/10/2025'])).toThrow(/valid date/);
    expect(() => parseArgs(['a', 'b', '--json', '--html', 'x.html'])).toThrow(/choose one/);
    expect(() => parseArgs(['a', 'b', '--frobnicate'])).toThrow(/unknown option --frobnicate/);
    expect(
      parseArgs(['a', 'b', '--html', 'o.html', '--markdown', 'o.md', '--published-b', '2025-10-30']),
    ).toMatchObject({
      inputs: ['a', 'b'],
      html: 'o.html',
      markdown: 'o.md',
      publishedB: '2025-10-30',
    });
  });
});

describe('--no-cross-story', () => {
  it('goes with --eval only, and skips the cross-story count', () => {
    expect(parseArgs(['--eval']).crossStory).toBe(true);
    expect(parseArgs(['--eval', '--no-cross-story']).crossStory).toBe(false);
    expect(() => parseArgs(['a', 'b', '--no-cross-story'])).toThrow(/goes with --eval/);
    expect(crossStoryLine(null)).toBe('  cross-story: skipped (--no-cross-story)');
    expect(crossStoryLine({ comparisons: 3, pairs: 2, conflicts: 1 })).toMatch(
      /2 pairs proposed over 3 comparisons.*; 1 conflicts$/,
    );
  });
});

describe('npm run compare', () => {
  it('prints the documented JSON for the seeds (as a real process)', { timeout: 120_000 }, () => {
    const out = execFileSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      [
        join(ROOT, 'scripts/compare.ts'),
        join(SEEDS, 'coverage-a.html'),
        join(SEEDS, 'coverage-b.html'),
        '--json',
      ],
      { encoding: 'utf8', cwd: ROOT },
    );
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining([
        'articles',
        'version',
        'sentences',
        'pairs',
        'onlyA',
        'onlyB',
        'facts',
        'conflicts',
        'outdated',
        'summary',
      ]),
    );
    expect(doc.articles.a).toMatchObject({ file: 'coverage-a.html', kind: 'html' });
    for (const p of doc.pairs) {
      expect(typeof doc.sentences.a[p.a]).toBe('string');
      expect(typeof doc.sentences.b[p.b]).toBe('string');
      expect(p.score).toBeGreaterThan(0);
    }
    expect(doc.facts.both[0]).toEqual(
      expect.objectContaining({ id: expect.any(String), title: expect.any(String) }),
    );
  });

  it('identical, empty, unrelated and non-English inputs are said plainly; a binary file is a clear error', () => {
    const a = file('a.txt', readFileSync(join(SEEDS, 'coverage-a.txt'), 'utf8'));
    expect(cli(a, a).out).toMatch(
      /The two articles are identical: all \d+ sentences aligned, no differences\./,
    );
    expect(cli(a, file('empty.txt', '')).out).toMatch(
      /Article B is empty: there is nothing to compare with\./,
    );
    const other = file(
      'other.txt',
      'The bakery on the corner sells sourdough loaves every Saturday morning.\nVolunteers planted oak saplings along the riverbank.',
    );
    expect(cli(a, other).out).toMatch(/unrelated: no sentence of one says what a sentence of the other says/);
    const hindi = file(
      'hi.txt',
      'चीन ने कुछ भारतीय कंपनियों को लाइसेंस दिए हैं। विदेश मंत्रालय ने गुरुवार को इसकी पुष्टि की।',
    );
    expect(cli(a, hindi).out).toMatch(/Note: Article B does not look like English/);
    const bin = cli(a, file('x.bin', Buffer.from([0, 1, 2, 3, 255])));
    expect(bin.code).toBe(1);
    expect(bin.out).toBe('');
    expect(bin.err).toMatch(/^compare: .*x\.bin: not a text or HTML file/);
    expect(cli(a).code).toBe(2);
  });

  it('writes the HTML and Markdown reports', () => {
    const html = join(dir, 'out.html');
    const md = join(dir, 'out.md');
    const r = cli(
      join(SEEDS, 'coverage-a.html'),
      join(SEEDS, 'coverage-b.html'),
      '--html',
      html,
      '--markdown',
      md,
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain(`wrote ${html}`);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/);
    expect(readFileSync(md, 'utf8')).toMatch(/^# Comparison: /);
  });
});
