/** Gloss highlights known terms on article pages without touching the page's DOM, and leaves other pages alone. */
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from '../support/browsers';
import { expectHighlight, sleep, useBrowser } from '../support/e2e';
import { compareWithSource, HIGHLIGHT_NAME, highlightSize, readMutations } from '../support/probes';

/** Time for late work (a second pass, a style injection) to show up before checking nothing changed. */
const SETTLE_MS = 1_000;
/** Time the content script gets on a page without an article before we check it did nothing. */
const IDLE_PAGE_MS = 3_000;

describe.each(BROWSER_NAMES)('highlighting in %s', (name) => {
  const e2e = useBrowser(name);

  it.each(['seeds/coverage-a.html', 'seeds/coverage-b.html'])(
    'highlights at least 4 terms on %s and leaves its DOM unchanged',
    async (path) => {
      const page = await e2e.openFixture(path);
      await expectHighlight(page, 4);
      await sleep(SETTLE_MS);
      expect(await page.evaluate(highlightSize, HIGHLIGHT_NAME)).toBeGreaterThanOrEqual(4);
      expect(await page.evaluate(readMutations), 'DOM mutations after DOMContentLoaded').toEqual({
        count: 0,
        samples: [],
      });
      expect(await page.evaluate(compareWithSource)).toEqual({ sameHtml: true, sameText: true, diff: '' });
      expect(page.consoleErrors).toEqual([]);
    },
  );

  it('does not highlight a page without an article (no-article.html)', async () => {
    const page = await e2e.openFixture('no-article.html');
    await sleep(IDLE_PAGE_MS);
    const size = await page.evaluate(highlightSize, HIGHLIGHT_NAME);
    expect(size ?? 0, `CSS.highlights.get('${HIGHLIGHT_NAME}')?.size on a page without an article`).toBe(0);
    expect(await page.evaluate(readMutations)).toEqual({ count: 0, samples: [] });
    expect(await page.evaluate(compareWithSource)).toEqual({ sameHtml: true, sameText: true, diff: '' });
    expect(page.consoleErrors).toEqual([]);
  });
});
