/** The toolbar button. */
import { browser } from './browser';

export async function setBadge(tabId: number, text: string): Promise<void> {
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: '#3366cc' });
}
