/** What the popup asks of the active tab's content script. */
import type { PageSummary, RevisitStatus } from '../../core/messages';
import { sendToTab } from '../../platform/messaging';
import { activeTabId } from '../../platform/tabs';

/**
 * The tab the popup is about: `?tab=<id>` when the popup page is opened in a tab of its own
 * (tests, debugging), else the active tab of the current window.
 */
export async function targetTab(search: string): Promise<number | undefined> {
  const param = new URLSearchParams(search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  return activeTabId();
}

/** The page's summary, or null when Gloss has nothing there (no article, no access, no content script). */
export async function loadPageSummary(tabId: number | undefined): Promise<PageSummary | null> {
  if (tabId === undefined) return null;
  const result = await sendToTab(tabId, 'page/summary', {});
  return result.ok ? result.value : null;
}

/** Asks the page to scroll to an annotation and open its card with focus; false if it could not. */
export async function openAnnotation(tabId: number | undefined, annotationId: number): Promise<boolean> {
  if (tabId === undefined) return false;
  const result = await sendToTab(tabId, 'page/open', { annotationId });
  return result.ok && result.value;
}

/** The saved passages the page shows again, or null (none there, the setting off, no content script). */
export async function loadRevisitStatus(tabId: number | undefined): Promise<RevisitStatus | null> {
  if (tabId === undefined) return null;
  const result = await sendToTab(tabId, 'revisit/status', {}, 0);
  return result.ok ? result.value : null;
}
