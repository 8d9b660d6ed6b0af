/**
 * A comparison as Markdown (the compare page's and the CLI's export): the summary, the
 * sentence pairs with their word diffs (~~removed~~ / **added**), what only one side says,
 * changed quotes, the facts view, conflicts and outdated claims. Article text is escaped so
 * it can never turn into Markdown or HTML markup.
 */
import { rowsOf } from './rows';
import type { CompareResult, DiffOp } from './types';

export interface ReportLabels {
  /** Display names of the two articles ("coverage-a.html", a title…). */
  readonly a?: string;
  readonly b?: string;
}

/** Escapes text for Markdown: no character of it starts markup; "<" and "&" become entities. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]{}()#+\-.!|~])/g, '\\$1')
    .replace(/\s+/g, ' ');
}

function diffMarkdown(ops: readonly DiffOp[]): string {
  return ops
    .map((o) => {
      const t = escapeMarkdown(o.text);
      if (o.op === 'same' || !t.trim()) return t;
      const lead = t.match(/^\s*/)?.[0] ?? '';
      const trail = t.match(/\s*$/)?.[0] ?? '';
      const core = t.trim();
      return o.op === 'added' ? `${lead}**${core}**${trail}` : `${lead}~~${core}~~${trail}`;
    })
    .join('');
}

/** The comparison as a Markdown document. */
export function toMarkdown(result: CompareResult, labels: ReportLabels = {}): string {
  const nameA = escapeMarkdown(labels.a ?? 'A');
  const nameB = escapeMarkdown(labels.b ?? 'B');
  const s = result.summary;
  const out: string[] = [`# Comparison: ${nameA} and ${nameB}`, '', escapeMarkdown(s.text), ''];
  for (const note of s.notes) out.push(`> ${escapeMarkdown(note)}`, '');
  out.push(
    '| | A | B |',
    '|---|---|---|',
    `| sentences | ${s.counts.sentencesA} | ${s.counts.sentencesB} |`,
    `| aligned | ${Math.round(s.alignedA * 100)} % | ${Math.round(s.alignedB * 100)} % |`,
    `| only here | ${s.counts.onlyA} | ${s.counts.onlyB} |`,
    `| facts only here | ${s.counts.factsA} | ${s.counts.factsB} |`,
    '',
    `Pairs: ${s.counts.pairs} (${s.counts.identical} unchanged, ${s.counts.changed} reworded, ${s.counts.moved} moved). Facts both mention: ${s.counts.factsBoth}. Conflicts: ${s.counts.conflicts}. Outdated claims: ${s.counts.outdated}.`,
    '',
    '## Sentence by sentence',
    '',
    'Words only in A are ~~struck through~~, words only in B are **bold**.',
    '',
  );
  const sa = result.sentences.a;
  const sb = result.sentences.b;
  for (const row of rowsOf(result)) {
    if (row.kind === 'onlyA') out.push(`- **A${row.a + 1} only in A:** ${escapeMarkdown(sa[row.a] ?? '')}`);
    else if (row.kind === 'onlyB')
      out.push(`- **B${row.b + 1} only in B:** ${escapeMarkdown(sb[row.b] ?? '')}`);
    else {
      const p = row.pair;
      const tag = p.identical ? 'same' : p.moved ? 'moved, reworded' : 'reworded';
      const text = p.identical ? escapeMarkdown(sa[p.a] ?? '') : diffMarkdown(p.diff);
      out.push(`- **A${p.a + 1} ↔ B${p.b + 1}** (${p.moved && p.identical ? 'moved' : tag}): ${text}`);
    }
  }
  const quotes = result.quotes.filter((q) => q.changed || q.fragment);
  if (quotes.length) {
    out.push('', '## Quotations that differ', '');
    for (const q of quotes)
      out.push(
        `- ${escapeMarkdown(q.speakerName ?? 'Unknown speaker')}, A${q.a + 1} / B${q.b + 1} (${q.changed ? 'reworded' : 'one side quotes part of it'}): ${diffMarkdown(q.diff)}`,
      );
  }
  out.push('', '## Facts', '');
  const facts = (title: string, list: CompareResult['facts']['a']) => {
    out.push(`### ${title} (${list.length})`, '');
    if (!list.length) out.push('None.');
    for (const f of list) out.push(`- ${escapeMarkdown(f.title)} (\`${f.id.replace(/`/g, '')}\`)`);
    out.push('');
  };
  facts('Both mention', result.facts.both);
  facts('Only A mentions', result.facts.a);
  facts('Only B mentions', result.facts.b);
  out.push('## Conflicts', '');
  if (!result.conflicts.length) out.push('No date or figure given by both differs.', '');
  for (const c of result.conflicts)
    out.push(
      `- ${escapeMarkdown(c.title)}: A says “${escapeMarkdown(c.a.quote)}” (${escapeMarkdown(c.a.value ?? '?')}), B says “${escapeMarkdown(c.b.quote)}” (${escapeMarkdown(c.b.value ?? '?')}). The record: ${escapeMarkdown(c.record)}, which supports ${c.supports === 'neither' ? 'neither' : c.supports.toUpperCase()}.`,
    );
  if (result.conflicts.length) out.push('');
  out.push('## Outdated claims', '');
  if (!result.outdated.length) out.push('None.', '');
  for (const o of result.outdated)
    out.push(
      `- ${o.side.toUpperCase()}${o.sentence + 1}: “${escapeMarkdown(o.quote)}” (${escapeMarkdown(o.title)}) matches a record that had been superseded by the article's date. The record: ${escapeMarkdown(o.record)}.`,
    );
  return `${out.join('\n').trimEnd()}\n`;
}
