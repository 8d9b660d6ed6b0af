/**
 * One zip of every clip as Markdown (fflate, synchronous: 10 000 small files take well under
 * a second). Entries carry a fixed time so the same clips always give the same bytes.
 */
import { strToU8, type Zippable, zipSync } from 'fflate';
import { clipToMarkdown, markdownFileName } from './markdown';
import type { Clip } from './model';

/** Zip entries' modification time (the archive records when clips were saved, in each file). */
const ENTRY_TIME = new Date('2000-01-01T00:00:00Z');

/** The zip archive of `clips`, one Markdown file each under `gloss-clips/`. */
export function markdownArchive(clips: readonly Clip[]): Uint8Array {
  const files: Zippable = {};
  const used = new Set<string>();
  for (const clip of clips) {
    let name = markdownFileName(clip);
    // Ids share a prefix only by chance; a counter keeps every file.
    for (let n = 2; used.has(name); n++) name = markdownFileName(clip).replace(/\.md$/, `-${n}.md`);
    used.add(name);
    files[`gloss-clips/${name}`] = [strToU8(clipToMarkdown(clip)), { mtime: ENTRY_TIME }];
  }
  return zipSync(files, { level: 6 });
}
