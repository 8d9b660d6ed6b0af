/**
 * Markdown export: one file per clip, YAML front matter for the fields note tools index
 * (Obsidian, Logseq, static-site generators), then the passages, the note, what Gloss found
 * and the article text. Text the reader or a page wrote is made inert: `&`, `<` and `>` become
 * entities, so a renderer never runs markup from a note or a title.
 */
import { type Clip, factIdsOf, verdictsOf } from './model';

/** A YAML scalar: a JSON string is a valid YAML double-quoted scalar, escapes included. */
const yaml = (s: string) => JSON.stringify(s);
const yamlList = (xs: readonly string[]) => (xs.length ? `[${xs.map(yaml).join(', ')}]` : '[]');
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Makes text inert in Markdown: no raw HTML reaches a renderer. Markdown syntax in a note is
 * kept (notes from Hypothesis are Markdown, and readers write it).
 */
export function inertMarkdown(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function frontMatter(clip: Clip): string {
  const lines = [
    '---',
    `id: ${yaml(clip.id)}`,
    `title: ${yaml(clip.title)}`,
    `url: ${yaml(clip.url)}`,
    `site: ${yaml(clip.site)}`,
    `byline: ${clip.byline === null ? 'null' : yaml(clip.byline)}`,
    `published: ${clip.published === null ? 'null' : yaml(clip.published)}`,
    `saved: ${yaml(iso(clip.savedAt))}`,
    `kind: ${yaml(clip.kind)}`,
    `tags: ${yamlList(clip.tags)}`,
    `facts: ${yamlList(factIdsOf(clip))}`,
    `verdicts: ${yamlList(verdictsOf(clip))}`,
    `fact_base: ${yaml(clip.factBaseVersion)}`,
    '---',
  ];
  return lines.join('\n');
}

const quoteBlock = (s: string) =>
  inertMarkdown(s)
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');

/** The Markdown file of one clip. */
export function clipToMarkdown(clip: Clip): string {
  const parts = [frontMatter(clip), `# ${inertMarkdown(clip.title || clip.url)}`, `<${clip.url}>`];
  if (clip.passages.length) {
    parts.push('## Passages');
    for (const p of clip.passages)
      parts.push(`${quoteBlock(p.quote.exact)}\n\n[Open on the page](<${p.link}>)`);
  }
  if (clip.note) parts.push('## Note', inertMarkdown(clip.note));
  if (clip.annotations.length) {
    parts.push('## What Gloss found');
    const items = clip.annotations.map((a) => {
      const verdict = a.verdict ? ` — ${a.verdict}` : '';
      return `- “${inertMarkdown(a.quote)}”: ${a.factIds.map((f) => `\`${f}\``).join(', ')}${verdict}`;
    });
    parts.push(items.join('\n'));
  }
  if (clip.article?.text) parts.push('## Article', inertMarkdown(clip.article.text).replace(/\n+/g, '\n\n'));
  return `${parts.join('\n\n')}\n`;
}

/** A file name for a clip: date saved, a slug of the title, and the id's start (unique in one archive). */
export function markdownFileName(clip: Clip): string {
  const slug = (clip.title || clip.site)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const id = clip.id.replace(/[^A-Za-z0-9]/g, '').slice(0, 8);
  return `${iso(clip.savedAt).slice(0, 10)}-${slug || 'clip'}-${id}.md`;
}
