/**
 * Merging imported clips into the library by id: a new id is added; a known id is replaced
 * only by a newer record (`updatedAt`), so importing the same backup twice changes nothing
 * and an old backup never overwrites a note written since.
 */
import type { Clip } from './model';

/** What an import did (or would do), for the reader. */
export interface ImportReport {
  readonly added: number;
  readonly updated: number;
  readonly skipped: number;
  /** Lines worth reading: skipped records and why, fields kept as plain text. */
  readonly notes: readonly string[];
}

export interface MergePlan {
  readonly put: readonly Clip[];
  readonly report: ImportReport;
}

/** Plans the merge of `incoming` into a library whose records have the given `updatedAt` by id. */
export function planMerge(
  existing: ReadonlyMap<string, number>,
  incoming: readonly Clip[],
  notes: readonly string[] = [],
): MergePlan {
  const put: Clip[] = [];
  let added = 0;
  let updated = 0;
  let skipped = 0;
  for (const clip of incoming) {
    const mine = existing.get(clip.id);
    if (mine === undefined) added += 1;
    else if (clip.updatedAt > mine) updated += 1;
    else {
      skipped += 1;
      continue;
    }
    put.push(clip);
  }
  return { put, report: { added, updated, skipped, notes } };
}
