/**
 * The Markdown and standalone HTML reports: everything in them comes from the comparison,
 * article text is escaped (a page's "<script>" or Markdown stays text), the HTML has no
 * script, no remote resource and a CSP that forbids both, and the two columns keep every
 * sentence of each side in its order.
 */
import { describe, expect, it } from 'vitest';
import { bundledBase, goldSets } from '../../../scripts/compare';
import { compareArticles, rowsOf, toHtmlReport, toMarkdown } from '../../../src/core/compare/index';
import { escapeMarkdown } from '../../../src/core/compare/report-markdown';

const factBase = bundledBase();
const g = goldSets().dev.find((p) => /China admits Galwan deaths/.test(p.name));
if (!g) throw new Error('gold pair missing');
const result = compareArticles(
  { text: g.a.text, published: g.a.published },
  { text: g.b.text, published: g.b.published },
  { factBase },
);
const hostile = compareArticles(
  'The minister said <script>alert(1)</script> and **bold** [link](https://evil.example/) <img src=https://evil.example/x.png> today.',
  'The minister said <script>alert(2)</script> and **bold** [link](https://evil.example/) today.',
);

describe('rows in reading order', () => {
  it('lists every sentence of A and of B once, each side in its own order where the pairs allow', () => {
    const rows = rowsOf(result);
    const as = rows.flatMap((r) => (r.kind === 'pair' ? [r.pair.a] : r.kind === 'onlyA' ? [r.a] : []));
    const bs = rows.flatMap((r) => (r.kind === 'pair' ? [r.pair.b] : r.kind === 'onlyB' ? [r.b] : []));
    expect(as).toEqual(result.sentences.a.map((_, i) => i));
    expect([...bs].sort((x, y) => x - y)).toEqual(result.sentences.b.map((_, j) => j));
  });
});

describe('Markdown report', () => {
  const md = toMarkdown(result, { a: 'AP wire', b: 'Indian daily' });

  it('has the summary, the pairs with their diffs, what only one side says, facts and conflicts', () => {
    expect(md).toMatch(/^# Comparison: AP wire and Indian daily/);
    expect(md).toContain(escapeMarkdown(result.summary.text));
    expect(md).toContain('~~four of its soldiers died in last year~~**five People**');
    expect(md).toMatch(/only in A:\*\* Some Indian officials/);
    expect(md).toMatch(
      /Chinese soldiers killed at Galwan \\\(per China\\\): 4: A says “four of its soldiers” \(4 people\), B says “five People” \(5 people\)\. The record: .*which supports A\./,
    );
  });

  it('escapes article text: no markup of it survives', () => {
    const out = toMarkdown(hostile);
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('](https://');
    expect(out).toContain('&lt;script&gt;');
  });
});

describe('HTML report', () => {
  const html = toHtmlReport(result, { a: 'AP <wire>', b: 'Indian daily' });

  it('is one standalone document: inline CSS, no script, nothing remote, a CSP that says so', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|url\(|@import/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('<title>Comparison: AP &lt;wire&gt; and Indian daily</title>');
  });

  it('shows the diff as <del> in A and <ins> in B, and the facts view', () => {
    expect(html).toContain('<del>four of its soldiers died in last year</del>');
    expect(html).toContain('<ins>five People</ins>');
    expect(html).toContain('<h3>Both mention');
    expect(html).toContain('Chinese soldiers killed at Galwan (per China): 4');
  });

  it('escapes everything from the articles', () => {
    const out = toHtmlReport(hostile, { a: '"><script>x</script>', b: 'b' });
    expect(out).not.toMatch(/<script|<img/i);
    expect(out).toContain('&lt;script&gt;alert(<del>1</del>)&lt;/script&gt;');
    expect(out).toContain('&lt;img src=https://evil.example/x.png&gt;');
    expect(out).toContain('<title>Comparison: &quot;&gt;&lt;script&gt;x&lt;/script&gt; and b</title>');
  });
});
