/**
 * What the compare page needs from the extension, as plain functions: saved clips (storage),
 * the current tab's article (read by the clip feature through the worker, never stored), the
 * engine off the main thread, and the engine's report writers. `main.tsx` wires the real
 * ones; DOM tests pass fake-indexeddb and a direct runner.
 */
import type { Clip, ClipMeta } from '../../core/clips/model';
import type { TabArticle } from '../../core/messages';
import { ClipRepository } from '../../storage/clips';
import type { GlossDb } from '../../storage/db';
import type { RunCompare } from './engine-client';
import type { ReportWriter } from './export';
import { type ParseHtml, parseHtmlHere } from './files';

export interface CompareService {
  /** Saved clips that keep an article (the ones that can be compared), newest first. */
  clips(): Promise<readonly ClipMeta[]>;
  clip(id: string): Promise<Clip | null>;
  /** The article open in tab `tabId`, as a clip that is not stored. */
  tab(tabId: number): Promise<TabArticle>;
  readonly run: RunCompare;
  readonly report: ReportWriter;
  /** Parses a dropped HTML file into its article (in the worker on the real page). */
  readonly parseHtml: ParseHtml;
}

/** The real service over `db`. */
export function createCompareService(
  db: GlossDb,
  platform: {
    readonly tab: CompareService['tab'];
    readonly run: RunCompare;
    readonly report: ReportWriter;
    /** Default: the page's own DOMParser (DOM tests). */
    readonly parseHtml?: ParseHtml;
  },
): CompareService {
  const repo = new ClipRepository(db);
  return {
    clips: async () => (await repo.metas()).filter((m) => m.hasArticle),
    clip: (id) => repo.get(id),
    tab: platform.tab,
    run: platform.run,
    report: platform.report,
    parseHtml: platform.parseHtml ?? parseHtmlHere,
  };
}
