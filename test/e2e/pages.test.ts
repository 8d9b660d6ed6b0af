/** The popup and options pages render. */
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from '../support/browsers';
import { sleep, useBrowser } from '../support/e2e';
import { testIdText } from '../support/probes';

/** Firefox reports extension-page errors through its output streams, a moment later. */
const ERRORS_SETTLE_MS = 500;

describe.each(BROWSER_NAMES)('extension pages in %s', (name) => {
  const e2e = useBrowser(name);

  it.each([
    ['popup', 'src/pages/popup/index.html'],
    ['options', 'src/pages/options/index.html'],
  ])('the %s page renders visible text', async (testId, path) => {
    const page = await e2e.openExtensionPage(path);
    await expect
      .poll(() => page.evaluate(testIdText, testId), {
        timeout: 5_000,
        message: `[data-testid="${testId}"] should exist and show text`,
      })
      .toMatch(/\S/);
    await sleep(ERRORS_SETTLE_MS);
    expect(page.consoleErrors).toEqual([]);
  });
});
