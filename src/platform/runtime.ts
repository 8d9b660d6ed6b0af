/** The extension's own pages, as the popup needs them. */
import { browser } from './browser';

/** Opens Gloss's options page (in a tab: the manifest sets `open_in_tab`). */
export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
