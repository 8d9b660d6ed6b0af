/**
 * One small interface over two drivers, so each e2e test body runs in both browsers:
 * Debian Chromium via Playwright (chromium.ts) and firefox-esr via Puppeteer over WebDriver BiDi (firefox.ts).
 */
import { join } from 'node:path';
import { launchChromium } from './chromium';
import type { BrowserName, GlossBrowser, LaunchOptions } from './driver';
import { launchFirefox } from './firefox';

export { launchChromium } from './chromium';
export type { BrowserName, GlossBrowser, LaunchOptions, NewPageOptions } from './driver';
export { browserPath } from './driver';
export { DEFAULT_GECKO_ID, FIREFOX_EXTENSION_UUID, launchFirefox } from './firefox';
export type { GlossPage } from './page';

export const BROWSER_NAMES: readonly BrowserName[] = ['chromium', 'firefox'];

/** Launches `name` with the matching build under `distRoot`: `chrome/` for Chromium, `firefox/` for Firefox. */
export function launchBrowser(
  name: BrowserName,
  distRoot: string,
  options: LaunchOptions = {},
): Promise<GlossBrowser> {
  return name === 'chromium'
    ? launchChromium(join(distRoot, 'chrome'), options)
    : launchFirefox(join(distRoot, 'firefox'), options);
}
