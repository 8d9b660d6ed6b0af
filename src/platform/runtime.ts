/** The extension's own pages, as the popup needs them. */
import { browser } from './browser';

/** Opens Gloss's options page (in a tab: the manifest sets `open_in_tab`). */
export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/**
 * Opens the compare page in a new tab; `query` names its sides (`?a=tab:<id>`: the article in
 * that tab, read without saving it; see pages/compare/sources.ts).
 */
export async function openCompare(query = ''): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`src/pages/compare/index.html${query}`) });
}

/** Opens the clip library in a new tab, filtered by `fact` when given (no `tabs` permission needed). */
export async function openLibrary(fact?: string): Promise<void> {
  const query = fact ? `?fact=${encodeURIComponent(fact)}` : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`src/pages/library/index.html${query}`) });
}
