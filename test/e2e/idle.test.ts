/**
 * An idle tab costs nothing (issue #8, ADR 0011): once an article is annotated and the reader
 * does nothing, Gloss runs no task at all — no polling, no periodic timer. Counted in the bench
 * build (`npm run build:bench`), where every task Gloss runs on a page is one `gloss:annotate`
 * measure (timer and frame callbacks included, through `guarded`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GlossBrowser, launchChromium } from '../support/browsers';
import { DIST_ROOT, sleep } from '../support/e2e';
import { HIGHLIGHT_NAME, highlightSize } from '../support/probes';
import { type FixtureServer, startFixtureServer } from '../support/server';

const BENCH_BUILD = join(DIST_ROOT, 'bench-chrome');
/** Long enough for the old 1 s URL and registry polls and the 5 s liveness poll to show. */
const IDLE_MS = 6_000;

const glossTasks = () => performance.getEntriesByName('gloss:annotate').length;

describe('an idle article tab in chromium (bench build)', () => {
  let browser: GlossBrowser | undefined;
  let server: FixtureServer | undefined;

  beforeAll(async () => {
    if (!existsSync(join(BENCH_BUILD, 'manifest.json')))
      throw new Error(`No bench build at ${BENCH_BUILD}: run \`npm run build:bench\` first.`);
    server = await startFixtureServer();
    browser = await launchChromium(BENCH_BUILD);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(['seeds/coverage-a.html', 'spa.html', 'dynamic.html'])(
    '%s runs no Gloss task while idle',
    async (path) => {
      if (!browser || !server) throw new Error('no browser');
      const page = await browser.newPage(server.url(path));
      try {
        await page.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, HIGHLIGHT_NAME, {
          timeout: 10_000,
        });
        await sleep(3_000); // dynamic.html adds a paragraph after 2 s: let that batch finish
        const before = await page.evaluate(glossTasks);
        expect(before, 'the bench build measures Gloss tasks').toBeGreaterThan(0);
        await sleep(IDLE_MS);
        expect(await page.evaluate(glossTasks), `Gloss tasks during ${IDLE_MS} ms of idleness`).toBe(before);
        expect(await page.evaluate(highlightSize, HIGHLIGHT_NAME)).toBeGreaterThan(0);
      } finally {
        await page.close();
      }
    },
  );
});
