/** The extension's own pages, as the popup needs them. */
import { browser } from './browser';

/** Opens Gloss's options page (in a tab: the manifest sets `open_in_tab`). */
export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/** Opens the clip library in a new tab, filtered by `fact` when given (no `tabs` permission needed). */
export async function openLibrary(fact?: string): Promise<void> {
  const query = fact ? `?fact=${encodeURIComponent(fact)}` : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`src/pages/library/index.html${query}`) });
}
