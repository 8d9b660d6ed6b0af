/** What the popup asks of the active tab's content script. */
import type { PageSummary, RevisitStatus } from '../../core/messages';
import { send, sendToTab } from '../../platform/messaging';
import { tabPage } from '../../platform/navigation';
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

/** How long, after "Check this page", the popup waits for the page to show what Gloss found (ms). */
export const CHECK_WAIT_MS = 4_000;
const CHECK_POLL_MS = 250;

/**
 * A page the worker's first gate skipped (ADR 0021): no content script answers there, but the
 * tab is an http(s) page Gloss may read. Its URL and title, or null (not such a page).
 */
export async function skippedPage(tabId: number | undefined): Promise<{ url: string; title: string } | null> {
  if (tabId === undefined) return null;
  const page = await tabPage(tabId);
  return page && { url: page.url, title: page.title };
}

/**
 * The reader's "Check this page": the worker injects the probe, then the popup waits (at most
 * CHECK_WAIT_MS) until the page lists what Gloss found. False: the page could not be checked.
 */
export async function checkPage(tabId: number | undefined): Promise<boolean> {
  if (tabId === undefined) return false;
  const reply = await send('page/check', { tabId });
  if (!reply.ok || !reply.value) return false;
  const deadline = Date.now() + CHECK_WAIT_MS;
  while (Date.now() < deadline) {
    const summary = await loadPageSummary(tabId).catch(() => null);
    if (summary?.annotations.length) break;
    await new Promise((ok) => setTimeout(ok, CHECK_POLL_MS));
  }
  return true;
}
