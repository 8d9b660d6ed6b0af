/** Handlers for what content scripts report about their page. */
import type { RequestOf } from '../../core/messages';
import { setBadge } from '../../platform/action';
import type { Sender } from '../../platform/messaging';

/**
 * Shows the number of annotations on the tab's toolbar badge; with `sheet`, also puts the
 * highlight stylesheet in the sender's frame (`style`: what `page/style` with `on` does).
 */
export async function onPageAnnotated(
  payload: RequestOf<'page/annotated'>,
  sender: Sender,
  style: (sender: Sender) => Promise<unknown> = async () => null,
): Promise<null> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return null;
  await Promise.all([
    payload.sheet ? style(sender) : null,
    setBadge(tabId, payload.count > 0 ? String(Math.min(payload.count, 999)) : ''),
  ]);
  return null;
}

/** Errors caught in content scripts land here, in the worker's console, not the page's. */
export function onErrorReport(payload: RequestOf<'error/report'>, sender: Sender): null {
  console.warn(`[gloss] ${payload.context} (tab ${sender.tab?.id ?? '?'}): ${payload.message}`);
  return null;
}
