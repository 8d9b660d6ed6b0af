/** What every launcher returns, and the bits they share. Launchers: chromium.ts, firefox.ts. */
import { accessSync, constants } from 'node:fs';
import type { GlossPage } from './page';

export type BrowserName = 'chromium' | 'firefox';

export interface NewPageOptions {
  /** Runs in the main world before any page script, in every document the page loads. */
  init?: () => void;
  /**
   * Leave Gloss's closed shadow root closed (hostile-page tests): by default the test's probes get
   * it exposed through the automation protocol, as DevTools would (closed-roots.ts).
   */
  keepShadowClosed?: boolean;
}

export interface GlossBrowser {
  readonly name: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  readonly extensionOrigin: string;
  /** Opens a tab on `url` and waits for its load event. */
  newPage(url: string, options?: NewPageOptions): Promise<GlossPage>;
  extensionPageUrl(path: string): string;
  /** Opens an extension page (e.g. `src/pages/popup/index.html`) in a tab and waits for it to load. */
  openExtensionPage(path: string): Promise<GlossPage>;
  /**
   * Starts recording the URL of every request the browser reports from now on (CDP Network events
   * in Chromium, pages, extension pages and the extension's service worker included; BiDi network
   * events in Firefox, for every tab this launcher opened). `stop()` ends it.
   */
  recordRequests(): RequestLog;
  /** Closes the browser (killing it if it hangs) and removes its temporary profile. */
  close(): Promise<void>;
}

export interface RequestLog {
  readonly urls: readonly string[];
  stop(): void;
}

export const VIEWPORT = { width: 1280, height: 800 };
const CLOSE_TIMEOUT_MS = 10_000;

/** The browser binary: GLOSS_CHROMIUM / GLOSS_FIREFOX, else the Debian package's path. */
export function browserPath(name: BrowserName): string {
  const [env, fallback] =
    name === 'chromium' ? ['GLOSS_CHROMIUM', '/usr/bin/chromium'] : ['GLOSS_FIREFOX', '/usr/bin/firefox-esr'];
  const path = process.env[env] || fallback;
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(`${name} not found at ${path}: run \`npm run browsers\` (or set ${env}).`);
  }
  return path;
}

/** `<origin>/<path>` for an extension page path like `src/pages/popup/index.html`. */
export function extensionUrl(origin: string, path: string): string {
  return `${origin}/${path.replace(/^\/+/, '')}`;
}

/** Runs `close`; if it has not finished within 10 s, runs `kill`. */
export async function closeOrKill(close: () => Promise<unknown>, kill: () => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((ok) => {
    timer = setTimeout(() => ok('timeout'), CLOSE_TIMEOUT_MS);
  });
  const result = await Promise.race([close().catch(() => 'failed'), timedOut]).finally(() =>
    clearTimeout(timer),
  );
  if (result === 'timeout' || result === 'failed') kill();
}
