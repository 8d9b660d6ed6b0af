/** Debian Chromium + the unpacked Chrome build, driven by Playwright (recipe: /work/shared/TOOLCHAIN.md). */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromiumRevealer } from './closed-roots';
import { browserPath, closeOrKill, extensionUrl, type GlossBrowser, VIEWPORT } from './driver';
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

async function extensionId(context: BrowserContext, extDir: string): Promise<string> {
  try {
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    return new URL(worker.url()).host;
  } catch (error) {
    throw new Error(`No extension service worker in Chromium (is ${extDir} an MV3 build?): ${String(error)}`);
  }
}

/** Launches headless Chromium with the unpacked extension in `extDir` and a fresh temporary profile. */
export async function launchChromium(extDir: string): Promise<GlossBrowser> {
  const abs = resolve(extDir);
  const profile = await mkdtemp(join(tmpdir(), 'gloss-chromium-'));
  const removeProfile = () => rm(profile, { recursive: true, force: true, maxRetries: 3 });
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: browserPath('chromium'),
      headless: true,
      viewport: VIEWPORT,
      args: [
        `--disable-extensions-except=${abs}`,
        `--load-extension=${abs}`,
        '--disable-gpu',
        '--disable-quic',
      ],
    });
  } catch (error) {
    await removeProfile();
    throw error;
  }
  // A persistent context has no Browser object to kill; closing it is all Playwright offers.
  const close = async () => {
    await closeOrKill(
      () => context.close(),
      () => console.warn('Chromium did not close within 10 s'),
    );
    await removeProfile();
  };
  const id = await extensionId(context, abs).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  const origin = `chrome-extension://${id}`;
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
    recordRequests() {
      const urls: string[] = [];
      const listener = (request: { url(): string }) => void urls.push(request.url());
      context.on('request', listener);
      return { urls, stop: () => void context.off('request', listener) };
    },
    close,
  };
}
