/** Tabs, as the popup needs them. No "tabs" permission: only the id is read. */
import { browser } from './browser';

/** The id of the active tab in the current window, if any. */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The ids of every open tab (to tell their content scripts that the settings changed). */
export async function allTabIds(): Promise<number[]> {
  const tabs = await browser.tabs.query({});
  return tabs.flatMap((t) => (t.id === undefined ? [] : [t.id]));
}
