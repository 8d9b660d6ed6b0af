/**
 * Top-frame navigations, seen from the worker (ADR 0021): `tabs.onUpdated` without the "tabs"
 * permission. The host permissions Gloss already holds for http(s) pages let the browser report
 * those tabs' URL and title (Chrome and Firefox); other tabs come without them and are ignored.
 * Listeners are registered at the worker's top level, so a navigation wakes a stopped worker.
 */
import type { Tabs } from 'webextension-polyfill';
import { browser } from './browser';

/** A tab's top frame, as the gate needs it. */
export interface TabPage {
  readonly tabId: number;
  readonly url: string;
  readonly title: string;
}

/** Why the listener is called: the page finished loading, or its URL or title changed after that (history navigation). */
export type NavigationKind = 'loaded' | 'changed';

const pageOf = (tab: Tabs.Tab): TabPage | null =>
  tab.id !== undefined && typeof tab.url === 'string' && /^https?:/.test(tab.url)
    ? { tabId: tab.id, url: tab.url, title: tab.title ?? '' }
    : null;

/**
 * Calls `listener` when an http(s) tab's top frame finished loading (`status: complete`), and when
 * a loaded tab's URL or title changes without a load (single-page apps, `history.pushState`).
 */
export function onTopFrameNavigation(listener: (page: TabPage, kind: NavigationKind) => void): void {
  browser.tabs.onUpdated.addListener((_id, change, tab) => {
    const page = pageOf(tab);
    if (!page) return;
    if (change.status === 'complete') listener(page, 'loaded');
    else if ((change.url !== undefined || change.title !== undefined) && tab.status === 'complete')
      listener(page, 'changed');
  });
}

/**
 * Calls `listener` when an http(s) tab's top frame starts loading a new document (`status: loading`).
 * The event wakes a stopped worker as the navigation commits, long before the page's load on most
 * pages: time to get ready for it (ADR 0024).
 */
export function onTopFrameLoading(listener: (tabId: number) => void): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading' && pageOf(tab)) listener(tabId);
  });
}

/** Calls `listener` with the id of every tab that is closed. */
export function onTabClosed(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => listener(tabId));
}

/** A tab's top frame now (null: no such tab, or not an http(s) page Gloss may see). */
export async function tabPage(tabId: number): Promise<TabPage | null> {
  try {
    return pageOf(await browser.tabs.get(tabId));
  } catch {
    return null;
  }
}

/**
 * Calls `listener` when the extension is installed or updated, and when the browser starts: pages
 * already open then (or loaded while the new worker was still being installed, whose navigation
 * events it never got) are looked at once.
 */
export function onExtensionStart(listener: () => void): void {
  browser.runtime.onInstalled.addListener(() => listener());
  browser.runtime.onStartup.addListener(() => listener());
}

/** Is the tab's top frame still loading (false: loaded, closed or unknown)? */
export async function isLoading(tabId: number): Promise<boolean> {
  try {
    return (await browser.tabs.get(tabId)).status === 'loading';
  } catch {
    return false;
  }
}

/** Every http(s) tab whose top frame has finished loading. */
export async function loadedPages(): Promise<TabPage[]> {
  try {
    const tabs = await browser.tabs.query({ status: 'complete' });
    return tabs.flatMap((t) => pageOf(t) ?? []);
  } catch {
    return [];
  }
}
