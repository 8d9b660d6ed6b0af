/**
 * docs/benchmarks.md is shared: scripts/bench.ts writes the part above the marker; the
 * browser benchmarks each own one "## …" section below it, replaced on every run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DOC = join(ROOT, 'docs/benchmarks.md');
const MARKER = '<!-- other benchmarks below are kept by scripts/bench.ts -->';

/** Replaces (or appends) the section headed `## ${title}` below the marker; keeps everything else. */
export function writeSection(title, section) {
  const text = readFileSync(DOC, 'utf8');
  const at = text.indexOf(MARKER);
  const head = at >= 0 ? text.slice(0, at + MARKER.length) : `${text.trimEnd()}\n\n${MARKER}`;
  const tail = at >= 0 ? text.slice(at + MARKER.length) : '';
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const kept = tail.replace(new RegExp(`\\n## ${escaped}\\n[\\s\\S]*?(?=\\n## |$)`), '').trim();
  writeFileSync(DOC, `${head}\n${kept ? `\n${kept}\n` : ''}\n${section.trim()}\n`);
}

/**
 * Replaces the table row starting with `start` inside the section headed `## ${title}` by `row`
 * (one benchmark keeping one goal's row in a section another writes); nothing if either is missing.
 */
export function replaceRow(title, start, row) {
  const text = readFileSync(DOC, 'utf8');
  const head = text.indexOf(`\n## ${title}\n`);
  if (head < 0) return false;
  const next = text.indexOf('\n## ', head + 1);
  const end = next < 0 ? text.length : next;
  const section = text.slice(head, end);
  const at = section.indexOf(`\n${start}`);
  if (at < 0) return false;
  const lineEnd = section.indexOf('\n', at + 1);
  const updated = `${section.slice(0, at + 1)}${row}${lineEnd < 0 ? '' : section.slice(lineEnd)}`;
  writeFileSync(DOC, text.slice(0, head) + updated + text.slice(end));
  return true;
}

/** The table row starting with `start` in the section `## ${title}`, or null. */
export function readRow(title, start) {
  const text = readFileSync(DOC, 'utf8');
  const head = text.indexOf(`\n## ${title}\n`);
  if (head < 0) return null;
  const next = text.indexOf('\n## ', head + 1);
  const section = text.slice(head, next < 0 ? text.length : next);
  const at = section.indexOf(`\n${start}`);
  if (at < 0) return null;
  const end = section.indexOf('\n', at + 1);
  return section.slice(at + 1, end < 0 ? section.length : end);
}
