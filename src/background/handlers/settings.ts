/**
 * Settings changes reach pages through the worker (ADR 0017): content scripts never read the
 * settings from storage, so when they change the worker tells every tab that they did, with no
 * content; each content script that cares asks `page/display` about its own host.
 */
import type { Result } from '../../core/messages';

export interface BroadcastDeps {
  readonly tabIds: () => Promise<readonly number[]>;
  /** Sends `settings/changed` to every frame of one tab. */
  readonly notify: (tabId: number) => Promise<Result<null>>;
  /** Called with each tab that has no content script to answer (ADR 0021: the worker may probe it now). */
  readonly unreached?: (tabId: number) => void;
}

/**
 * Tells every tab's content scripts that the settings changed, all at once (one slow tab does not
 * hold up the others); tabs without one are skipped. Resolves with how many answered.
 */
export async function broadcastSettingsChanged(deps: BroadcastDeps): Promise<number> {
  const tabIds = await deps.tabIds().catch(() => []);
  const replies = await Promise.all(
    tabIds.map(async (id) => {
      const reply = await deps.notify(id).catch(() => ({ ok: false }));
      if (!reply.ok) deps.unreached?.(id);
      return reply;
    }),
  );
  return replies.filter((r) => r.ok).length;
}
