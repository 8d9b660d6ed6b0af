/** Per-browser lifecycle for e2e test files: one browser and one fixture server per `describe`. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { type BrowserName, type GlossBrowser, launchBrowser } from './browsers';
import type { GlossPage } from './page';
import { HIGHLIGHT_NAME, highlightSize, installMutationCounter } from './probes';
import { type FixtureServer, startFixtureServer } from './server';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built extension: `dist/` (override with GLOSS_E2E_DIST, a folder holding `chrome/` and `firefox/`). */
export const DIST_ROOT = resolve(process.env.GLOSS_E2E_DIST ?? join(REPO_ROOT, 'dist'));
/** Screenshots of pages open when a test failed. */
const ARTIFACTS = join(REPO_ROOT, 'test-results', 'e2e');

export interface E2E {
  readonly browser: GlossBrowser;
  readonly server: FixtureServer;
  /**
   * Opens `test/fixtures/<path>` with the mutation counter installed (or `init` instead); the page
   * is closed after the test.
   */
  openFixture(path: string, init?: () => void, options?: { keepShadowClosed?: boolean }): Promise<GlossPage>;
  /** Opens an extension page; closed after the test. */
  openExtensionPage(path: string): Promise<GlossPage>;
}

/** Registers beforeAll/afterEach/afterAll hooks that launch `name` with the built extension and clean up. */
export function useBrowser(name: BrowserName): E2E {
  let browser: GlossBrowser | undefined;
  let server: FixtureServer | undefined;
  const pages: GlossPage[] = [];

  beforeAll(async () => {
    const build = join(DIST_ROOT, name === 'chromium' ? 'chrome' : 'firefox');
    if (!existsSync(join(build, 'manifest.json'))) {
      throw new Error(`No extension build at ${build}: run \`npm run build\` first.`);
    }
    server = await startFixtureServer();
    browser = await launchBrowser(name, DIST_ROOT);
  });

  afterEach(async ({ task }) => {
    const failed = (task.result?.errors?.length ?? 0) > 0;
    const slug = `${name}-${task.name}`.replace(/[^\w.-]+/g, '_').slice(0, 120);
    for (const [i, page] of pages.splice(0).entries()) {
      if (failed) await page.screenshot(join(ARTIFACTS, `${slug}-${i}.png`)).catch(() => undefined);
      await page.close().catch(() => undefined);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const live = () => {
    if (!browser || !server) throw new Error(`${name} was not launched (see the beforeAll error)`);
    return { browser, server };
  };
  const track = (page: GlossPage) => {
    pages.push(page);
    return page;
  };
  return {
    get browser() {
      return live().browser;
    },
    get server() {
      return live().server;
    },
    openFixture: async (path, init = installMutationCounter, options = {}) =>
      track(await live().browser.newPage(live().server.url(path), { init, ...options })),
    openExtensionPage: async (path) => track(await live().browser.openExtensionPage(path)),
  };
}

/** Waits (up to `timeout` ms) until Gloss's highlight has at least `min` ranges. */
export async function expectHighlight(page: GlossPage, min: number, timeout = 10_000): Promise<void> {
  await expect
    .poll(() => page.evaluate(highlightSize, HIGHLIGHT_NAME), {
      timeout,
      interval: 100,
      message: `CSS.highlights.get('${HIGHLIGHT_NAME}').size should reach ${min}`,
    })
    .toBeGreaterThanOrEqual(min);
}

export const sleep = (ms: number): Promise<void> => new Promise((ok) => setTimeout(ok, ms));
