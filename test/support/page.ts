/** A page in either browser, behind one small interface (see browsers.ts for the launchers). */

export interface WaitOptions {
  /** Milliseconds; default 5 000. */
  timeout?: number;
}

export interface ShadowWaitOptions extends WaitOptions {
  /** `attached` (default): wait until it exists; `detached`: until it does not. */
  state?: 'attached' | 'detached';
}

export interface GlossPage {
  /** Uncaught page errors and console.error messages (main world and, where the browser reports them, content scripts). */
  readonly consoleErrors: string[];
  /** Runs `fn` in the page's main world. `fn` must be self-contained: it is serialised. */
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Polls `fn` in the page until it returns a truthy value. */
  waitForFunction<A>(
    fn: (arg: A) => unknown,
    arg: A,
    options?: WaitOptions & { what?: string },
  ): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  /** Moves the pointer to (x, y) and clicks the primary button there. */
  mouseClick(x: number, y: number): Promise<void>;
  /** A key name as in KeyboardEvent.key, e.g. `Escape`. */
  keyPress(key: string): Promise<void>;
  /**
   * Exposes Gloss's closed shadow root to the page's main world through the automation protocol
   * (what `evaluate` does by default, unless the page was opened with `keepShadowClosed`).
   */
  revealShadowRoots(): Promise<void>;
  /** Waits for `inner` inside the OPEN shadow root of an element matching `host`. */
  waitForShadowSelector(host: string, inner: string, options?: ShadowWaitOptions): Promise<void>;
  /** Resizes the viewport (CSS px). */
  setViewport(width: number, height: number): Promise<void>;
  /** Makes this the active tab (Firefox hides, and throttles, background tabs). */
  bringToFront(): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** What Playwright's and Puppeteer's pages have in common, as far as GlossPage needs. */
export interface RawPage {
  // biome-ignore lint/suspicious/noExplicitAny: both drivers' evaluate signatures, structurally
  evaluate(fn: any, arg?: any): Promise<any>;
  mouse: { move(x: number, y: number): Promise<unknown>; click(x: number, y: number): Promise<unknown> };
  // biome-ignore lint/suspicious/noExplicitAny: Puppeteer narrows key names to a union
  keyboard: { press(key: any): Promise<unknown> };
  screenshot(options: { path: string }): Promise<unknown>;
  bringToFront(): Promise<unknown>;
  /** Playwright's name for it. */
  setViewportSize?(size: { width: number; height: number }): Promise<unknown>;
  /** Puppeteer's. */
  setViewport?(viewport: { width: number; height: number }): Promise<unknown>;
  close(): Promise<unknown>;
}

const POLL_MS = 50;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** In-page: whether `inner` exists in an open shadow root of some `host` is `attached`. */
function shadowProbe([host, inner, attached]: [string, string, boolean]): boolean {
  const found = [...document.querySelectorAll(host)].some(
    (el) => el.shadowRoot?.querySelector(inner) != null,
  );
  return found === attached;
}

/**
 * Wraps a driver page; `consoleErrors` is the array the launcher fills from the driver's events.
 * `onClose` runs after the page is closed (e.g. to stop collecting its errors).
 */
export function wrapPage(
  raw: RawPage,
  consoleErrors: string[],
  onClose?: () => void,
  reveal?: () => Promise<void>,
  autoReveal = true,
): GlossPage {
  /** Exposes the card's closed shadow root to the test's probes (test/support/closed-roots.ts). */
  const revealed = async () => {
    if (reveal && autoReveal) await reveal().catch(() => undefined);
  };
  const page: GlossPage = {
    consoleErrors,
    revealShadowRoots: async () => {
      await reveal?.();
    },
    evaluate: async (fn: (arg?: unknown) => unknown, arg?: unknown) => {
      await revealed();
      return raw.evaluate(fn, arg);
    },
    async waitForFunction(fn, arg, { timeout = 5_000, what } = {}) {
      const deadline = Date.now() + timeout;
      let lastError: unknown;
      for (;;) {
        try {
          await revealed();
          if (await raw.evaluate(fn, arg)) return;
          lastError = undefined;
        } catch (error) {
          lastError = error; // e.g. the page is navigating; try again
        }
        if (Date.now() >= deadline) {
          const detail = lastError ? ` (last error: ${String(lastError)})` : '';
          throw new Error(`Timed out after ${timeout} ms waiting for ${what ?? String(fn)}${detail}`);
        }
        await sleep(POLL_MS);
      }
    },
    mouseMove: async (x, y) => void (await raw.mouse.move(x, y)),
    mouseClick: async (x, y) => void (await raw.mouse.click(x, y)),
    keyPress: async (key) => void (await raw.keyboard.press(key)),
    async setViewport(width, height) {
      if (raw.setViewportSize) await raw.setViewportSize({ width, height });
      else if (raw.setViewport) await raw.setViewport({ width, height });
      else throw new Error('this driver cannot resize the viewport');
    },
    bringToFront: async () => void (await raw.bringToFront()),
    async waitForShadowSelector(host, inner, { state = 'attached', timeout } = {}) {
      const args: [string, string, boolean] = [host, inner, state === 'attached'];
      await page.waitForFunction(shadowProbe, args, { timeout, what: `${host} >>> ${inner} to be ${state}` });
    },
    screenshot: async (path) => void (await raw.screenshot({ path })),
    async close() {
      try {
        await raw.close();
      } finally {
        onClose?.();
      }
    },
  };
  return page;
}
