/**
 * A page that clears the CSS highlight registry does not make Gloss's highlight go away for
 * good. No timer polls the registry (an idle tab costs nothing, ADR 0011): the highlight is
 * put back on the reader's next activity, a pointer move or a scroll.
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from '../support/browsers';
import { useBrowser } from '../support/e2e';
import { HIGHLIGHT_NAME, highlightSize, hostileClears } from '../support/probes';

/** The contract: the highlight is back within ~3 s of the reader's next pointer move. */
const RESTORE_MS = 3_000;

describe.each(BROWSER_NAMES)('hostile page in %s', (name) => {
  const e2e = useBrowser(name);

  it('re-applies the highlight after hostile-clear.html clears it', async () => {
    const page = await e2e.openFixture('hostile-clear.html');
    // The page clears three times; one of them after it has seen Gloss's highlight.
    await expect
      .poll(() => page.evaluate(hostileClears), {
        timeout: 15_000,
        message: "the page should have cleared 3 times, once removing Gloss's highlight",
      })
      .toSatisfy((clears: { hadGloss: boolean }[]) => clears.length === 3 && clears.some((c) => c.hadGloss));
    await page.mouseMove(5, 5);
    await page.mouseMove(40, 60);
    await expect
      .poll(() => page.evaluate(highlightSize, HIGHLIGHT_NAME), {
        timeout: RESTORE_MS,
        interval: 100,
        message: `the highlight should be back within ${RESTORE_MS} ms of the reader's next pointer move`,
      })
      .toBeGreaterThan(0);
    expect(page.consoleErrors).toEqual([]);
  });
});
