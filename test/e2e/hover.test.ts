/** Hovering a highlighted term opens a card in an open shadow root; Escape or moving away closes it. */
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from '../support/browsers';
import { expectHighlight, useBrowser } from '../support/e2e';
import type { GlossPage } from '../support/page';
import { farCorner, hasGlossRoot, readCard, readMutations, termCenter } from '../support/probes';

const CARD = '[role="dialog"].gloss-card';
/** The contract: dwell ~400 ms before opening, ~300 ms grace before closing. Lower bounds with slack. */
const MIN_DWELL_MS = 300;
const MIN_GRACE_MS = 200;

/** Moves the pointer onto `term`, waits for the card, and returns how long it took to open. */
async function hover(page: GlossPage, term: string): Promise<number> {
  const point = await page.evaluate(termCenter, term);
  if (!point) throw new Error(`"${term}" is not on the page`);
  const start = Date.now();
  await page.mouseMove(point.x, point.y);
  await page.waitForShadowSelector('gloss-root', CARD, { timeout: 5_000 });
  return Date.now() - start;
}

describe.each(BROWSER_NAMES)('hover card in %s', (name) => {
  const e2e = useBrowser(name);

  it.each([
    ['seeds/coverage-a.html', 'Kazan'],
    ['seeds/coverage-b.html', 'Line of Actual Control'],
  ])('on %s, hovering "%s" opens a card after a dwell; Escape closes it', async (path, term) => {
    const page = await e2e.openFixture(path);
    await expectHighlight(page, 1);
    expect((await page.evaluate(readMutations))?.count, 'mutations before hovering').toBe(0);

    expect(await hover(page, term), 'ms until the card opened (dwell)').toBeGreaterThanOrEqual(MIN_DWELL_MS);
    const card = await page.evaluate(readCard);
    expect(card).toMatchObject({ hostCount: 1, hostOnRoot: true });
    expect(card?.title).not.toBe('');
    expect(card?.summary).not.toBe('');
    expect(card?.sourceHref).toMatch(/^https:\/\/[^/]+/);

    await page.keyPress('Escape');
    await expect
      .poll(() => page.evaluate(hasGlossRoot), { timeout: 3_000, message: 'gloss-root removed after Escape' })
      .toBe(false);
    expect(page.consoleErrors).toEqual([]);
  });

  it('closes the card after a grace period when the pointer moves away', async () => {
    const page = await e2e.openFixture('seeds/coverage-a.html');
    await expectHighlight(page, 1);
    await hover(page, 'Galwan');
    const away = await page.evaluate(farCorner);
    const start = Date.now();
    await page.mouseMove(away.x, away.y);
    await expect
      .poll(() => page.evaluate(hasGlossRoot), {
        timeout: 3_000,
        interval: 25,
        message: 'gloss-root removed',
      })
      .toBe(false);
    expect(Date.now() - start, 'ms until the card closed (grace)').toBeGreaterThanOrEqual(MIN_GRACE_MS);
    expect(page.consoleErrors).toEqual([]);
  });
});
