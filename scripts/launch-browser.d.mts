/** Types of launch-browser.mjs for the TypeScript tests and scripts. */
import type { ChildProcess } from 'node:child_process';
import type { BrowserContext, Worker } from 'playwright-core';
import type { Browser } from 'puppeteer-core';

export interface Size {
  width: number;
  height: number;
}

export interface ChromiumOptions {
  /** The unpacked build to load (e.g. dist/chrome), or null for a Chromium without Gloss. */
  extension: string | null;
  headless?: boolean;
  /** Emulated viewport (default VIEWPORT); null: the real window. */
  viewport?: Size | null;
  /** `--window-size`. */
  window?: Size;
  /** `--force-device-scale-factor`. */
  scale?: number;
  /** Requests to anything but loopback fail at once (a dead proxy). */
  offline?: boolean;
  /** More command-line flags. */
  args?: string[];
  /** Whether Playwright closes the browser on SIGINT/SIGTERM/SIGHUP (default true). */
  handleSignals?: boolean;
  executablePath?: string;
}

export interface LaunchedChromium {
  readonly context: BrowserContext;
  /** The temporary profile directory (removed by close()). */
  readonly profile: string;
  /** The extension's service worker (null without an extension). */
  readonly serviceWorker: Worker | null;
  readonly extensionId: string | null;
  /** Closes the browser (giving up after 10 s) and removes the profile. */
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** The unpacked build to install (e.g. dist/firefox). */
  extension: string;
  headless?: boolean;
  viewport?: Size | null;
  offline?: boolean;
  /** More preferences. */
  prefs?: Record<string, unknown>;
  executablePath?: string;
}

export interface LaunchedFirefox {
  readonly browser: Browser;
  /** `moz-extension://<FIREFOX_EXTENSION_UUID>` */
  readonly origin: string;
  /** Firefox's process (its stdout/stderr carry printed console messages). */
  readonly process: ChildProcess | null;
  /** Closes the browser, killing it if it hangs. */
  close(): Promise<void>;
}

export const VIEWPORT: Size;
export const FIREFOX_EXTENSION_UUID: string;
export const DEFAULT_GECKO_ID: string;
export function browserPath(name: 'chromium' | 'firefox'): string;
export function closeOrKill(close: () => Promise<unknown>, kill: () => void): Promise<void>;
export function startChromium(options: ChromiumOptions): Promise<LaunchedChromium>;
export function startFirefox(options: FirefoxOptions): Promise<LaunchedFirefox>;
