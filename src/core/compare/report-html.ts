/**
 * A comparison as one standalone HTML document: inline CSS (light and dark), no script, no
 * remote resource (a Content-Security-Policy of `default-src 'none'` says so to the
 * browser too), every piece of article and fact text escaped. Two columns, one row per pair
 * or unpaired sentence; word diffs as <del>/<ins>; then the facts view, conflicts and
 * outdated claims.
 */
import type { ReportLabels } from './report-markdown';
import { rowsOf } from './rows';
import type { CompareResult, DiffOp, FactMention } from './types';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1f;--muted:#5c5c66;--line:#d6d6de;--del:#ffe1e1;--ins:#dcf5e0;--only:#f4f4f8;--warn:#8a4b00}
@media (prefers-color-scheme:dark){:root{--bg:#16161a;--fg:#ececf1;--muted:#a9a9b6;--line:#3a3a44;--del:#5a1e1e;--ins:#1d4a27;--only:#22222a;--warn:#ffb35c}}
body{margin:0 auto;max-width:72rem;padding:1.5rem;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,sans-serif}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}h3{font-size:1rem}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border-top:1px solid var(--line);padding:.5rem;vertical-align:top;text-align:start}
th{font-weight:600}
td.only{background:var(--only)}
del{background:var(--del);color:inherit}ins{background:var(--ins);color:inherit;text-decoration:none}
.tag{display:block;font-size:.8rem;color:var(--muted)}
.summary{font-size:1.1rem}
.note{color:var(--warn)}
ul.facts{columns:2;padding-inline-start:1.2rem}
@media (max-width:800px){table,tbody,tr,td,th{display:block;width:auto}thead{display:none}}
`;

function diffHtml(ops: readonly DiffOp[], side: 'a' | 'b'): string {
  return ops
    .map((o) => {
      if (o.op === 'same') return escapeHtml(o.text);
      if (o.op === 'removed') return side === 'a' ? `<del>${escapeHtml(o.text)}</del>` : '';
      return side === 'b' ? `<ins>${escapeHtml(o.text)}</ins>` : '';
    })
    .join('');
}

function factList(title: string, list: readonly FactMention[]): string {
  const items = list.map((f) => `<li>${escapeHtml(f.title)}</li>`).join('');
  return `<h3>${escapeHtml(title)} (${list.length})</h3>${list.length ? `<ul class="facts">${items}</ul>` : '<p>None.</p>'}`;
}

/** The comparison as a standalone HTML document. */
export function toHtmlReport(result: CompareResult, labels: ReportLabels = {}): string {
  const nameA = escapeHtml(labels.a ?? 'A');
  const nameB = escapeHtml(labels.b ?? 'B');
  const s = result.summary;
  const sa = result.sentences.a;
  const sb = result.sentences.b;
  const rows = rowsOf(result)
    .map((row) => {
      if (row.kind === 'onlyA')
        return `<tr><td><span class="tag">A${row.a + 1} · only in A</span>${escapeHtml(sa[row.a] ?? '')}</td><td class="only"></td></tr>`;
      if (row.kind === 'onlyB')
        return `<tr><td class="only"></td><td><span class="tag">B${row.b + 1} · only in B</span>${escapeHtml(sb[row.b] ?? '')}</td></tr>`;
      const p = row.pair;
      const tag = [
        p.identical ? 'same' : 'reworded',
        p.moved ? 'moved' : '',
        p.quote?.changed ? 'changed quote' : '',
      ]
        .filter(Boolean)
        .join(', ');
      const a = p.identical ? escapeHtml(sa[p.a] ?? '') : diffHtml(p.diff, 'a');
      const b = p.identical ? escapeHtml(sb[p.b] ?? '') : diffHtml(p.diff, 'b');
      return `<tr><td><span class="tag">A${p.a + 1} · ${tag}</span>${a}</td><td><span class="tag">B${p.b + 1} · ${tag}</span>${b}</td></tr>`;
    })
    .join('\n');
  const conflicts = result.conflicts.length
    ? `<ul>${result.conflicts
        .map(
          (c) =>
            `<li><strong>${escapeHtml(c.title)}</strong>: A says “${escapeHtml(c.a.quote)}” (${escapeHtml(c.a.value ?? '?')}), B says “${escapeHtml(c.b.quote)}” (${escapeHtml(c.b.value ?? '?')}). The record: ${escapeHtml(c.record)}, which supports ${c.supports === 'neither' ? 'neither' : c.supports.toUpperCase()}.</li>`,
        )
        .join('')}</ul>`
    : '<p>No date or figure given by both differs.</p>';
  const outdated = result.outdated.length
    ? `<ul>${result.outdated
        .map(
          (o) =>
            `<li>${o.side.toUpperCase()}${o.sentence + 1}: “${escapeHtml(o.quote)}” (${escapeHtml(o.title)}) matches a record that had been superseded by the article's date. The record: ${escapeHtml(o.record)}.</li>`,
        )
        .join('')}</ul>`
    : '<p>None.</p>';
  const quotes = result.quotes.filter((q) => q.changed || q.fragment);
  const quoteList = quotes.length
    ? `<h2>Quotations that differ</h2><ul>${quotes
        .map(
          (q) =>
            `<li>${escapeHtml(q.speakerName ?? 'Unknown speaker')} (A${q.a + 1} / B${q.b + 1}, ${q.changed ? 'reworded' : 'one side quotes part of it'}): A “${diffHtml(q.diff, 'a')}” · B “${diffHtml(q.diff, 'b')}”</li>`,
        )
        .join('')}</ul>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Comparison: ${nameA} and ${nameB}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>Comparison: ${nameA} and ${nameB}</h1>
<p class="summary">${escapeHtml(s.text)}</p>
${s.notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('\n')}
<p>A: ${s.counts.sentencesA} sentences, ${Math.round(s.alignedA * 100)} % aligned, ${s.counts.onlyA} only in A. B: ${s.counts.sentencesB} sentences, ${Math.round(s.alignedB * 100)} % aligned, ${s.counts.onlyB} only in B. Conflicts: ${s.counts.conflicts}. Outdated claims: ${s.counts.outdated}.</p>
<h2>Sentence by sentence</h2>
<p>Words only in A are <del>struck through</del>; words only in B are <ins>highlighted</ins>.</p>
<table>
<thead><tr><th scope="col">A: ${nameA}</th><th scope="col">B: ${nameB}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
${quoteList}
<h2>Facts</h2>
${factList('Both mention', result.facts.both)}
${factList('Only A mentions', result.facts.a)}
${factList('Only B mentions', result.facts.b)}
<h2>Conflicts</h2>
${conflicts}
<h2>Outdated claims</h2>
${outdated}
</main>
</body>
</html>
`;
}
