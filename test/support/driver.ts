/** What every launcher returns, and the bits they share. Launchers: chromium.ts, firefox.ts. */
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
   * Errors and warnings the extension's background printed since launch: Gloss reports errors it
   * caught in a page there (`[gloss] …`), never in the page's console.
   */
  readonly backgroundErrors: readonly string[];
  /**
   * Starts recording the URL of every request the browser reports from now on (CDP Network events
   * in Chromium, pages, extension pages and the extension's service worker included; BiDi network
   * events in Firefox, for every tab this launcher opened). `stop()` ends it.
   */
  recordRequests(): RequestLog;
  /** Closes the browser (killing it if it hangs) and removes its temporary profile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Requests to anything but 127.0.0.1/localhost fail at once (the corpus run; see launch-browser.mjs). */
  offline?: boolean;
}

export interface RequestLog {
  readonly urls: readonly string[];
  stop(): void;
}

export { browserPath, closeOrKill, VIEWPORT } from '../../scripts/launch-browser.mjs';

/** `<origin>/<path>` for an extension page path like `src/pages/popup/index.html`. */
export function extensionUrl(origin: string, path: string): string {
  return `${origin}/${path.replace(/^\/+/, '')}`;
}
