/**
 * The one handle on the WebExtension API. Everything that calls `browser.*` lives in
 * platform/, so tests can fake this seam and the rest of Gloss never sees the API.
 *
 * It is the browser's own object, not webextension-polyfill's wrapper (whose types it keeps):
 * Firefox and current Chromium have a native promise-based `browser`, and Chromium's MV3
 * `chrome.*` returns promises too. The polyfill's setup ran on every page the probe loads on
 * (ADR 0011); the one thing it adapted that Gloss needs, an async reply to `onMessage`, goes
 * through `sendResponse` instead (platform/messaging.ts), which every browser supports.
 */
import type { Browser } from 'webextension-polyfill';

type Api = { runtime?: { id?: string } };

function nativeApi(): Browser {
  const g = globalThis as { browser?: Api; chrome?: Api };
  return (g.browser?.runtime?.id ? g.browser : g.chrome) as unknown as Browser;
}

export const browser: Browser = nativeApi();

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
