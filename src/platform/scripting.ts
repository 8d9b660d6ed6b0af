/** On-demand injection into a page's isolated world (the `scripting` permission; ADR 0011, 0017). */
import { browser } from './browser';

/**
 * Runs the extension file `file` in one frame of a tab, in the same isolated world as the
 * manifest content script (its globals are shared). Resolves when the file has run.
 */
export async function injectFile(tabId: number, frameId: number, file: string): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
}

/** Inserts the stylesheet `css` into one frame of a tab (not visible in the page's `styleSheets`). */
export async function insertCss(tabId: number, frameId: number, css: string): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, css });
}

/** Removes a stylesheet inserted by `insertCss` (nothing happens if it is not there). */
export async function removeCss(tabId: number, frameId: number, css: string): Promise<void> {
  await browser.scripting.removeCSS({ target: { tabId, frameIds: [frameId] }, css });
}
