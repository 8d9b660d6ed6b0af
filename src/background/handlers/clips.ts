/**
 * Saving clips in the worker (docs/adr/0014-save-flow.md). A trigger (context menu, keyboard
 * command, popup) names a tab and frame; the worker injects the clip feature there, which reads
 * the page and the selection and sends `clips/save`; the worker builds the clip from that draft
 * with the fact base it holds and stores it through the clip repository. Only the worker opens
 * IndexedDB: a content script would open the page's origin's database.
 */
import { clipFromDraft, type DraftDeps } from '../../core/clips/draft';
import type { Clip } from '../../core/clips/model';
import { annotateWith, type FactBase } from '../../core/facts/factbase';
import type { RequestOf, Result, SaveOutcome, SaveScope } from '../../core/messages';
import type { Sender } from '../../platform/messaging';
import { ClipRepository, newClipId } from '../../storage/clips';
import { GlossDb } from '../../storage/db';

/** The fact base's pieces a draft needs, from the worker's base. */
export function draftDeps(base: FactBase, now = Date.now(), id = newClipId()): DraftDeps {
  return {
    id,
    now,
    factBaseVersion: base.version,
    knows: (factId) => base.factById(factId) !== undefined,
    annotate: (text, published) => annotateWith(base, text, published),
  };
}

/** Stores a clip in a database opened for this save (the worker keeps no connection between wakes). */
export async function storeClip(clip: Clip): Promise<void> {
  const db = new GlossDb();
  try {
    await new ClipRepository(db).save(clip);
  } finally {
    db.close();
  }
}

export interface SaveDeps {
  readonly deps: () => DraftDeps;
  readonly store: (clip: Clip) => Promise<void>;
}

/**
 * The saves the worker asked a frame for and is waiting on (ADR 0017): one token per save, good
 * once, for that tab and frame only, and only while the worker waits. A content script (or a
 * compromised renderer) cannot store a clip the reader did not ask for.
 */
export class PendingSaves {
  private readonly open = new Map<string, { readonly tabId: number; readonly frameId: number }>();

  constructor(private readonly newToken: () => string = () => crypto.randomUUID()) {}

  /** A token for a save from `frameId` of `tabId`. */
  begin(tabId: number, frameId: number): string {
    const token = this.newToken();
    this.open.set(token, { tabId, frameId });
    return token;
  }

  /** The save is over (whatever happened): its token is no longer good. */
  end(token: string): void {
    this.open.delete(token);
  }

  /** True (once) when `token` was given to `sender`'s own tab and frame. */
  claim(token: string, sender: Sender): boolean {
    const pending = this.open.get(token);
    if (!pending || sender.tab?.id !== pending.tabId || (sender.frameId ?? 0) !== pending.frameId)
      return false;
    this.open.delete(token);
    return true;
  }
}

/** `clips/save` from a page's clip feature: build, store, say what happened. */
export async function onSaveClip(
  payload: RequestOf<'clips/save'>,
  sender: Sender,
  pending: PendingSaves,
  save: SaveDeps,
): Promise<SaveOutcome> {
  if (sender.tab?.id === undefined) return { saved: false, reason: 'unreachable' };
  if (!pending.claim(payload.token, sender))
    return { saved: false, reason: 'unreachable', detail: 'the worker asked this frame for no save' };
  const built = clipFromDraft(payload.draft, save.deps());
  if (!built.ok) return { saved: false, reason: built.reason };
  try {
    await save.store(built.clip);
  } catch (e) {
    return { saved: false, reason: 'storage', detail: e instanceof Error ? e.message : String(e) };
  }
  return { saved: true, id: built.clip.id, kind: built.clip.kind };
}

export interface TakeDeps {
  /** The saves in progress: `clips/save` must bring the token this save hands out. */
  readonly pending: PendingSaves;
  /** Injects the clip feature into one frame (resolves when it has run). */
  readonly inject: (tabId: number, frameId: number) => Promise<void>;
  /** Sends `clip/take` to that frame. */
  readonly take: (
    tabId: number,
    frameId: number,
    request: RequestOf<'clip/take'>,
  ) => Promise<Result<SaveOutcome>>;
}

/** A trigger fired: save from `frameId` of `tabId`. Pages Gloss cannot reach say so. */
export async function saveFromTab(
  tabId: number,
  frameId: number,
  request: { scope: SaveScope; note: string; notify: boolean },
  deps: TakeDeps,
): Promise<SaveOutcome> {
  const token = deps.pending.begin(tabId, frameId);
  try {
    try {
      await deps.inject(tabId, frameId);
    } catch (e) {
      return { saved: false, reason: 'unreachable', detail: e instanceof Error ? e.message : String(e) };
    }
    const reply = await deps.take(tabId, frameId, { ...request, token });
    return reply.ok ? reply.value : { saved: false, reason: 'unreachable', detail: reply.error };
  } finally {
    deps.pending.end(token);
  }
}
