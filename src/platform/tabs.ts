/** Tabs, as the popup needs them. No "tabs" permission: only the id is read. */
import { browser } from './browser';

/** The id of the active tab in the current window, if any. */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
