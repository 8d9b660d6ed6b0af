/**
 * Turns the demo's results into summary.json, summary.md and the stdout summary.
 *
 * @typedef {{ kind: string, title: string, summary: string,
 *   source: { publisher: string, url: string, line: string } | null }} CardText
 * @typedef {{ id: number, factId: string, title: string, quote: string, kind?: string, verdict?: string | null, card: CardText | null,
 *   screenshot: string | null, openMs: number | null, error?: string }} AnnotationResult
 * @typedef {{ seed: string, url: string, title: string, highlights: number,
 *   listed: number, annotations: AnnotationResult[], error?: string }} PageResult
 */

/** @param {string} s @param {number} max */
export const clip = (s, max) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/** @param {string} s */
const oneLine = (s) => s.replace(/\s+/g, ' ').trim();

/**
 * The readable summary printed at the end of a headless run.
 * @param {PageResult[]} pages
 * @returns {string[]}
 */
export function stdoutLines(pages) {
  const lines = [];
  for (const page of pages) {
    lines.push('', `${page.title || page.url}`, `  ${page.url}`);
    const total = page.listed || page.highlights;
    let count = `  ${total} highlight${total === 1 ? '' : 's'}`;
    if (page.annotations.length < total)
      count += ` (${page.annotations.length} shown before the error below)`;
    if (page.listed && page.highlights !== page.listed)
      count += ` (${page.highlights} in the page's highlight registry)`;
    lines.push(count);
    page.annotations.forEach((a, i) => {
      const num = String(i + 1).padStart(2, ' ');
      if (!a.card) {
        lines.push(`  ${num}. “${oneLine(a.quote)}” → NO CARD (${a.error ?? 'unknown error'})`);
        return;
      }
      const source = a.card.source ? ` (${a.card.source.publisher})` : ' (no source)';
      const verdict = a.kind === 'claim' ? `[${a.verdict ?? 'context'}] ` : '';
      lines.push(
        `  ${num}. ${verdict}“${oneLine(a.quote)}” → ${a.card.title} — ${clip(oneLine(a.card.summary), 140)}${source}`,
      );
      if (a.screenshot) lines.push(`      ${a.screenshot}`);
    });
    if (page.error) lines.push(`  ERROR: ${page.error}`);
  }
  return lines;
}

/** @param {string} s */
const md = (s) => oneLine(s).replace(/([\\`*_[\]|<>])/g, '\\$1');

/**
 * summary.md, with screenshot links relative to the output directory.
 * @param {PageResult[]} pages
 * @param {{ generated: string, browser: string }} meta
 * @param {{ lines: string[], screenshot: string | null, error?: string } | null} [compare] the compare step
 */
export function markdown(pages, meta, compare = null) {
  const out = ['# Gloss demo', '', `Generated ${meta.generated} with ${meta.browser}.`, ''];
  for (const page of pages) {
    out.push(
      `## ${md(page.title || page.url)}`,
      '',
      `${page.url} — ${page.listed || page.highlights} highlight(s)`,
      '',
    );
    if (page.error) out.push(`**Error:** ${md(page.error)}`, '');
    page.annotations.forEach((a, i) => {
      out.push(`### ${i + 1}. “${md(a.quote)}” → ${md(a.card?.title ?? a.title)}`, '');
      out.push(`- Fact: \`${a.factId}\``);
      if (a.kind === 'claim') out.push(`- Claim verdict: **${a.verdict ?? 'context'}**`);
      if (a.card) {
        out.push(`- Kind: ${md(a.card.kind)}`, `- Summary: ${md(a.card.summary)}`);
        if (a.card.source) out.push(`- Source: [${md(a.card.source.publisher)}](${a.card.source.url})`);
      } else {
        out.push(`- **No card:** ${md(a.error ?? 'unknown error')}`);
      }
      if (a.screenshot) {
        const file = a.screenshot.split('/').pop();
        out.push('', `![Card for “${md(a.quote)}”](${file})`);
      }
      out.push('');
    });
  }
  if (compare) {
    out.push('## Compare: the two seed articles', '');
    if (compare.error) out.push(`**Error:** ${md(compare.error)}`, '');
    for (const line of compare.lines) out.push(`- ${line}`);
    if (compare.screenshot)
      out.push('', `![The compare page on the two seeds](${compare.screenshot.split('/').pop()})`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
