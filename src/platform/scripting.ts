/** On-demand injection into a page's isolated world (the `scripting` permission; ADR 0011). */
import { browser } from './browser';

/**
 * Runs the extension file `file` in one frame of a tab, in the same isolated world as the
 * manifest content script (its globals are shared). Resolves when the file has run.
 */
export async function injectFile(tabId: number, frameId: number, file: string): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
}
