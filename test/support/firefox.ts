/**
 * Debian firefox-esr + the unpacked Firefox build, driven by Puppeteer over WebDriver BiDi
 * (launched by scripts/launch-browser.mjs).
 */
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Page } from 'puppeteer-core';
import { startFirefox } from '../../scripts/launch-browser.mjs';
import { firefoxRevealer } from './closed-roots';
import { extensionUrl, type GlossBrowser, type LaunchOptions } from './driver';
import { wrapPage } from './page';

export { DEFAULT_GECKO_ID, FIREFOX_EXTENSION_UUID } from '../../scripts/launch-browser.mjs';

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
 * Firefox's own components print to the same stdout, named by a prefix: its Remote Settings
 * loader logs `console.error: RSLoader: …` when it cannot reach the network (these runs have
 * none), in any window and at any moment, on main's build as on any other. Not a page's error.
 */
const FIREFOX_OWN = /^console\.error: (?:RSLoader|RemoteSettings\w*):/;

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
    if (line.startsWith('console.error: ') && !FIREFOX_OWN.test(line)) error = line;
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

/**
 * What the background page printed as an error or a warning: Gloss's reports of errors it caught in
 * pages (`console.warn: "[gloss] …"`) and uncaught errors in its own code (`JavaScript error:
 * moz-extension://…`). Pages' console messages are printed too, so only those two forms count.
 */
function watchBackground(proc: ChildProcess | null, origin: string, out: string[]): void {
  const onLine = (line: string) => {
    if (/^console\.(warn|error): "\[gloss\]/.test(line) || line.startsWith(`JavaScript error: ${origin}/`))
      out.push(line);
  };
  for (const stream of [proc?.stdout, proc?.stderr]) {
    if (stream) createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY }).on('line', onLine);
  }
}

/** Puppeteer's BiDi frame exposes its browsing context; `page.goto()` times out on moz-extension:// URLs. */
interface BidiFrame {
  browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> };
}

/** Launches headless firefox-esr (temporary profile) and installs the unpacked extension in `extDir`. */
export async function launchFirefox(extDir: string, options: LaunchOptions = {}): Promise<GlossBrowser> {
  const { browser, origin, process, close } = await startFirefox({
    extension: extDir,
    offline: options.offline ?? false,
  });
  const routePrintedErrors = watchOutput(process, origin);
  const backgroundErrors: string[] = [];
  watchBackground(process, origin, backgroundErrors);
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
    backgroundErrors,
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
