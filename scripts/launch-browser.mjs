/**
 * The one way Gloss's tools start a browser with the extension loaded: the e2e tests
 * (test/support/chromium.ts, firefox.ts), the demo, the screenshots, the benchmarks and the corpus
 * run (ADR 0018). Debian's Chromium through playwright-core, Debian's firefox-esr through
 * puppeteer-core over WebDriver BiDi (recipe: /work/shared/TOOLCHAIN.md), each with a fresh
 * temporary profile that `close()` removes.
 *
 * Types for TypeScript callers: launch-browser.d.mts.
 */
import { readFileSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { browserPath } from './ensure-browsers.mjs';

export { browserPath };

/** The e2e tests' viewport (CSS px). */
export const VIEWPORT = { width: 1280, height: 800 };
/** The extension's UUID in Firefox, fixed by a pref so moz-extension:// URLs are predictable. */
export const FIREFOX_EXTENSION_UUID = '5c0d9a6e-2f41-4b7a-9a43-6f1f0b1e6c11';
export const DEFAULT_GECKO_ID = 'gloss@gloss.local';
const CLOSE_TIMEOUT_MS = 10_000;
const WORKER_TIMEOUT_MS = 20_000;
/**
 * `offline`: every request that is not to 127.0.0.1/localhost goes to a proxy that does not exist,
 * so it fails at once and nothing leaves the machine (both browsers send loopback traffic direct).
 */
const DEAD_PROXY = { host: '127.0.0.1', port: 9 };

/**
 * Runs `close`; if it has not finished within 10 s (or fails), runs `kill`.
 * @param {() => Promise<unknown>} close
 * @param {() => void} kill
 */
export async function closeOrKill(close, kill) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timedOut = new Promise((ok) => {
    timer = setTimeout(() => ok('timeout'), CLOSE_TIMEOUT_MS);
  });
  const result = await Promise.race([close().catch(() => 'failed'), timedOut]).finally(() =>
    clearTimeout(timer),
  );
  if (result === 'timeout' || result === 'failed') kill();
}

const firstLine = (/** @type {unknown} */ e) => (e instanceof Error ? e.message : String(e)).split('\n')[0];

/**
 * Chromium with the unpacked build in `extension` (none when null) in a fresh profile.
 * `viewport: null` means no viewport emulation: a real window of `window` size and a real device
 * scale of `scale` (emulating a scale over CDP breaks `CSS.highlights.highlightsFromPoint`).
 * @param {import('./launch-browser.d.mts').ChromiumOptions} options
 * @returns {Promise<import('./launch-browser.d.mts').LaunchedChromium>}
 */
export async function startChromium({
  extension,
  headless = true,
  viewport = VIEWPORT,
  window,
  scale,
  offline = false,
  args = [],
  handleSignals = true,
  executablePath = browserPath('chromium'),
}) {
  const build = extension ? resolve(extension) : null;
  const flags = ['--disable-gpu', '--disable-quic', ...args];
  if (build) flags.push(`--disable-extensions-except=${build}`, `--load-extension=${build}`);
  if (window) flags.push(`--window-size=${window.width},${window.height}`);
  if (scale) flags.push(`--force-device-scale-factor=${scale}`);
  if (offline) flags.push(`--proxy-server=http://${DEAD_PROXY.host}:${DEAD_PROXY.port}`);
  const profile = await mkdtemp(join(tmpdir(), 'gloss-chromium-'));
  const removeProfile = () => rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  /** @type {import('playwright-core').BrowserContext} */
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless,
      viewport,
      args: flags,
      handleSIGINT: handleSignals,
      handleSIGTERM: handleSignals,
      handleSIGHUP: handleSignals,
    });
  } catch (error) {
    removeProfile();
    throw new Error(`Could not start Chromium (${executablePath}): ${firstLine(error)}`);
  }
  // A persistent context has no Browser object to kill; closing it is all Playwright offers.
  const close = async () => {
    await closeOrKill(
      () => context.close(),
      () => console.warn('Chromium did not close within 10 s'),
    );
    removeProfile();
  };
  if (!build) return { context, profile, serviceWorker: null, extensionId: null, close };
  try {
    const serviceWorker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: WORKER_TIMEOUT_MS }));
    return { context, profile, serviceWorker, extensionId: new URL(serviceWorker.url()).host, close };
  } catch (error) {
    await close();
    throw new Error(
      `Chromium started but the extension's service worker never did (is ${build} an MV3 build?): ${firstLine(error)}`,
    );
  }
}

/** @param {string} build */
function geckoId(build) {
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings?.gecko?.id ?? DEFAULT_GECKO_ID;
}

/**
 * firefox-esr (a temporary profile, which Puppeteer removes on exit) with the unpacked build in
 * `extension` installed as a temporary add-on under FIREFOX_EXTENSION_UUID. Content and extension
 * pages' console messages are also printed on stdout (for reading extension pages' errors).
 * @param {import('./launch-browser.d.mts').FirefoxOptions} options
 * @returns {Promise<import('./launch-browser.d.mts').LaunchedFirefox>}
 */
export async function startFirefox({
  extension,
  headless = true,
  viewport = VIEWPORT,
  offline = false,
  prefs = {},
  executablePath = browserPath('firefox'),
}) {
  const build = resolve(extension);
  /** @type {Record<string, unknown>} */
  const offlinePrefs = offline
    ? {
        'network.proxy.type': 1,
        'network.proxy.http': DEAD_PROXY.host,
        'network.proxy.http_port': DEAD_PROXY.port,
        'network.proxy.ssl': DEAD_PROXY.host,
        'network.proxy.ssl_port': DEAD_PROXY.port,
        'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
        'network.proxy.allow_hijacking_localhost': false,
      }
    : {};
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless,
      defaultViewport: viewport,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'devtools.console.stdout.content': true,
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId(build)]: FIREFOX_EXTENSION_UUID }),
        ...offlinePrefs,
        ...prefs,
      },
    });
  } catch (error) {
    throw new Error(`Could not start Firefox (${executablePath}): ${firstLine(error)}`);
  }
  const started = browser;
  const close = () =>
    closeOrKill(
      () => started.close(),
      () => started.process()?.kill('SIGKILL'),
    );
  try {
    await started.installExtension(build);
  } catch (error) {
    await close();
    throw new Error(`Firefox refused the extension in ${build}: ${String(error)}`);
  }
  return {
    browser: started,
    origin: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
    process: started.process(),
    close,
  };
}
