/** Debian Chromium + the unpacked Chrome build, driven by Playwright (launched by scripts/launch-browser.mjs). */
import type { Page, Worker } from 'playwright-core';
import { startChromium } from '../../scripts/launch-browser.mjs';
import { chromiumRevealer } from './closed-roots';
import { extensionUrl, type GlossBrowser, type LaunchOptions } from './driver';
import { wrapPage } from './page';

/** Uncaught errors and console.error calls; Playwright reports content scripts' too. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  return errors;
}

/** Launches headless Chromium with the unpacked extension in `extDir` and a fresh temporary profile. */
export async function launchChromium(extDir: string, options: LaunchOptions = {}): Promise<GlossBrowser> {
  const { context, serviceWorker, extensionId, close } = await startChromium({
    extension: extDir,
    offline: options.offline ?? false,
  });
  const backgroundErrors: string[] = [];
  // An idle MV3 worker is stopped and started again as a new Worker: listen to each.
  const listen = (worker: Worker) =>
    worker.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning')
        backgroundErrors.push(`console.${msg.type() === 'warning' ? 'warn' : 'error'}: ${msg.text()}`);
    });
  if (serviceWorker) listen(serviceWorker);
  context.on('serviceworker', listen);
  const origin = `chrome-extension://${extensionId}`;
  const open = async (url: string, init?: () => void, keepShadowClosed = false) => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    if (init) await page.addInitScript(init);
    await page.goto(url, { waitUntil: 'load' });
    return wrapPage(page, errors, undefined, chromiumRevealer(page), !keepShadowClosed);
  };
  return {
    name: 'chromium',
    extensionOrigin: origin,
    newPage: (url, options) => open(url, options?.init, options?.keepShadowClosed),
    extensionPageUrl: (path) => extensionUrl(origin, path),
    openExtensionPage: (path) => open(extensionUrl(origin, path)),
    backgroundErrors,
    recordRequests() {
      const urls: string[] = [];
      const listener = (request: { url(): string }) => void urls.push(request.url());
      context.on('request', listener);
      return { urls, stop: () => void context.off('request', listener) };
    },
    close,
  };
}
