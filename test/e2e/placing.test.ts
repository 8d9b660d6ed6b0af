/**
 * A page with ~1 000 records (coverage-a's article 40 times): the worker's records are placed in
 * slices that yield to the page between them (ADR 0039, round 3; the splitting itself is tested in
 * test/dom/placing.test.ts), and the page ends with them all highlighted, its DOM untouched and
 * nothing printed.
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from '../support/browsers';
import { expectHighlight, sleep, useBrowser } from '../support/e2e';
import { HIGHLIGHT_NAME, highlightSize, readMutations } from '../support/probes';

/** coverage-a.html alone has at least 4 highlighted terms; 40 copies of its article at least 40 × 4. */
const AT_LEAST = 160;

describe.each(BROWSER_NAMES)('placing many records in %s', (name) => {
  const e2e = useBrowser(name);

  it('highlights every copy of the article, placed across tasks, and leaves the DOM unchanged', async () => {
    const page = await e2e.openFixture('many-records.html');
    await expectHighlight(page, AT_LEAST, 30_000);
    await sleep(1_000);
    const size = (await page.evaluate(highlightSize, HIGHLIGHT_NAME)) ?? 0;
    expect(size).toBeGreaterThanOrEqual(AT_LEAST);
    expect(await page.evaluate(readMutations)).toEqual({ count: 0, samples: [] });
    expect(page.consoleErrors).toEqual([]);
  });
});
