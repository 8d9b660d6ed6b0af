/**
 * Debian firefox-esr + the unpacked Firefox build, driven by Puppeteer over WebDriver BiDi
 * (recipe: /work/shared/TOOLCHAIN.md).
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import puppeteer, { type Page } from 'puppeteer-core';
import { firefoxRevealer } from './closed-roots';
import { browserPath, closeOrKill, extensionUrl, type GlossBrowser, VIEWPORT } from './driver';
import { wrapPage } from './page';

/** The extension's UUID, fixed by a pref so moz-extension:// URLs are predictable. */
export const FIREFOX_EXTENSION_UUID = '5c0d9a6e-2f41-4b7a-9a43-6f1f0b1e6c11';
export const DEFAULT_GECKO_ID = 'gloss@gloss.local';

/** Uncaught errors and console.error calls; BiDi reports content scripts' too, but not extension pages'. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) =>
    errors.push(`pageerror: ${error instanceof Error ? error.message : error}`),
  );
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  return errors;
}

/**
 * BiDi reports nothing from moz-extension:// pages (and preload scripts do not run there), so for those we
 * read what Firefox prints: `console.error: …` on stdout (pref devtools.console.stdout.content) and
 * `JavaScript error: <url>, line N: …` on stderr. Returns a function that routes lines printed from then
 * on into an errors array, and returns a function to stop.
 */
function watchOutput(proc: ChildProcess | null, origin: string) {
  const listeners = new Set<(error: string) => void>();
  const onLine = (line: string) => {
    let error: string | undefined;
    if (line.startsWith('console.error: ')) error = line;
    else if (line.startsWith(`JavaScript error: ${origin}/`)) error = `pageerror: ${line.slice(18)}`;
    if (error) for (const listener of listeners) listener(error);
  };
  for (const stream of [proc?.stdout, proc?.stderr]) {
    if (stream) createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY }).on('line', onLine);
  }
  return (errors: string[]) => {
    const listener = (error: string) => void errors.push(error);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
}

/** Puppeteer's BiDi frame exposes its browsing context; `page.goto()` times out on moz-extension:// URLs. */
interface BidiFrame {
  browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> };
}

function geckoId(extDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings?.gecko?.id ?? DEFAULT_GECKO_ID;
}

/** Launches headless firefox-esr (temporary profile) and installs the unpacked extension in `extDir`. */
export async function launchFirefox(extDir: string): Promise<GlossBrowser> {
  const abs = resolve(extDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless: true,
    defaultViewport: VIEWPORT,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'devtools.console.stdout.content': true,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId(abs)]: FIREFOX_EXTENSION_UUID }),
    },
  });
  // Puppeteer removes its temporary profile when the browser exits.
  const close = () =>
    closeOrKill(
      () => browser.close(),
      () => browser.process()?.kill('SIGKILL'),
    );
  try {
    await browser.installExtension(abs);
  } catch (error) {
    await close();
    throw new Error(`Firefox refused the extension in ${abs}: ${String(error)}`);
  }
  const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  const routePrintedErrors = watchOutput(browser.process(), origin);
  // Every tab this launcher opens reports its BiDi network events to the active recorders.
  const recorders = new Set<string[]>();
  const newTab = async () => {
    const page = await browser.newPage();
    page.on('request', (request) => {
      for (const urls of recorders) urls.push(request.url());
    });
    return { page, errors: collectErrors(page) };
  };
  return {
    name: 'firefox',
    extensionOrigin: origin,
    async newPage(url, options) {
      const { page, errors } = await newTab();
      if (options?.init) await page.evaluateOnNewDocument(options.init);
      await page.goto(url, { waitUntil: 'load' });
      return wrapPage(page, errors, undefined, firefoxRevealer(page), !options?.keepShadowClosed);
    },
    extensionPageUrl: (path) => extensionUrl(origin, path),
    async openExtensionPage(path) {
      const { page, errors } = await newTab();
      const stop = routePrintedErrors(errors);
      try {
        await (page.mainFrame() as unknown as BidiFrame).browsingContext.navigate(
          extensionUrl(origin, path),
          'complete',
        );
      } catch (error) {
        stop();
        throw error;
      }
      return wrapPage(page, errors, stop);
    },
    recordRequests() {
      const urls: string[] = [];
      recorders.add(urls);
      return { urls, stop: () => void recorders.delete(urls) };
    },
    close,
  };
}
