/**
 * The one import of the WebExtension API. Everything that calls `browser.*` lives in
 * platform/, so tests can fake this seam and the rest of Gloss never sees the API.
 */
import browser from 'webextension-polyfill';

export { browser };

/**
 * False once the extension was reloaded or updated under a still-running content script:
 * its API calls would throw, so features check this and tear down (refined-github's guard).
 */
export function isContextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}
