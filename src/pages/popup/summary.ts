/** What the popup shows: the active tab's annotations, asked of its content script. */
import type { PageSummary } from '../../core/messages';
import { sendToTab } from '../../platform/messaging';
import { activeTabId } from '../../platform/tabs';

/** The active page's summary, or null when Gloss has nothing there (no article, no access). */
export async function loadPageSummary(): Promise<PageSummary | null> {
  const tabId = await activeTabId();
  if (tabId === undefined) return null;
  const result = await sendToTab(tabId, 'page/summary', {});
  return result.ok ? result.value : null;
}
