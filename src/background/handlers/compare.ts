/**
 * The compare page's current tab (issue #10): the worker injects the clip feature into the
 * tab's top frame, as a save does, asks it for the article (`clip/draft`) and builds the clip
 * record from that draft with the same `clipFromDraft` a save uses — text cleaned, the fact
 * base's annotations — but stores nothing. Only Gloss's own extension pages may ask: a
 * content script on a hostile page must not read another tab through the worker.
 */
import { clipFromDraft, type DraftDeps } from '../../core/clips/draft';
import type { DraftOutcome, RequestOf, Result, TabArticle } from '../../core/messages';
import type { Sender } from '../../platform/messaging';

export interface CompareTabDeps {
  /** Injects the clip feature into one frame (resolves when it has run). */
  readonly inject: (tabId: number, frameId: number) => Promise<void>;
  /** Sends `clip/draft` to that frame. */
  readonly draft: (tabId: number, frameId: number) => Promise<Result<DraftOutcome>>;
  /** The fact base's pieces and a fresh id and clock (as for a save). */
  readonly deps: () => DraftDeps;
}

/** True when `sender` is one of Gloss's extension pages (not a content script on a web page). */
export function fromExtensionPage(sender: Sender): boolean {
  return /^(chrome|moz)-extension:\/\//.test(sender.url ?? '');
}

/** `compare/tab`: the tab's article as an unsaved clip, or why there is none. */
export async function onCompareTab(
  { tabId }: RequestOf<'compare/tab'>,
  sender: Sender,
  deps: CompareTabDeps,
): Promise<TabArticle> {
  if (!fromExtensionPage(sender)) throw new Error("compare/tab is only for Gloss's own pages");
  try {
    await deps.inject(tabId, 0);
  } catch (e) {
    return { found: false, reason: 'unreachable', detail: e instanceof Error ? e.message : String(e) };
  }
  const reply = await deps.draft(tabId, 0);
  if (!reply.ok) return { found: false, reason: 'unreachable', detail: reply.error };
  if ('refused' in reply.value) return { found: false, reason: reply.value.refused };
  const built = clipFromDraft({ ...reply.value.draft, passage: null, note: '' }, deps.deps());
  return built.ok ? { found: true, clip: built.clip } : { found: false, reason: built.reason };
}
