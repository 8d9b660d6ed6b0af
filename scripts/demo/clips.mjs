/**
 * The demo's clips step (issue #9): select a passage on a seed page, save it with a note from the
 * popup (opened in a tab pointed at the page), open the library, open the clip in the reader view
 * with a card shown, screenshot it to demo-output/library.png, and add a summary line to
 * summary.md. Returns the failures (empty when it worked), so the demo fails like for cards.
 */
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { askContent, DemoError, HIGHLIGHT_NAME } from './extension.mjs';

const SEED = 'coverage-b.html';
const PASSAGE = 'military standoff along the Line of Actual Control';
const NOTE = 'Demo: compare with the 2020 standoff coverage';
const SCREENSHOT = 'library.png';
const TIMEOUT_MS = 10_000;

/** In the page: selects `phrase` in the first text node holding it; the selected text. */
function select(phrase) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.data.indexOf(phrase);
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(n, i);
    range.setEnd(n, i + phrase.length);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return getSelection().toString();
  }
  return '';
}

async function saveFromPopup(ctx, extensionUrl, tabId) {
  const popup = await ctx.newPage();
  try {
    await popup.goto(`${extensionUrl}/src/pages/popup/index.html?tab=${tabId}`);
    await popup.locator('[data-testid="save-clip"] textarea').fill(NOTE);
    await popup.locator('[data-testid="save-button"]').click();
    const outcome = popup.locator('[data-testid="save-outcome"][data-saved="yes"]');
    await outcome.waitFor({ timeout: TIMEOUT_MS }).catch(async () => {
      const said = await popup.locator('[data-testid="save-outcome"]').textContent();
      throw new DemoError(`saving the passage from the popup failed: ${said?.trim() || 'no answer'}`);
    });
    return (await outcome.textContent())?.trim() ?? '';
  } finally {
    await popup.close();
  }
}

async function showLibrary(ctx, extensionUrl, outDir) {
  const library = await ctx.newPage();
  await library.goto(`${extensionUrl}/src/pages/library/index.html`);
  await library.locator('.clip__open').first().waitFor({ timeout: TIMEOUT_MS });
  const rows = await library.locator('[data-testid="clip-row"]').count();
  await library.locator('.clip__open').first().click();
  const status = library.locator('[data-testid="reader-marks"] [role="status"]');
  await library.waitForFunction(
    () =>
      /\d+$/.test(document.querySelector('[data-testid="reader-marks"] [role="status"]')?.textContent ?? ''),
    null,
    { timeout: TIMEOUT_MS },
  );
  const highlights = Number(/(\d+)$/.exec((await status.textContent()) ?? '')?.[1] ?? 0);
  const next = library.getByRole('button', { name: 'Next highlight' });
  let card = null;
  if (await next.isEnabled()) {
    await next.click();
    const title = library.locator('[data-testid="reader-card"] .gloss-card__title');
    card = await title.textContent({ timeout: TIMEOUT_MS }).catch(() => null);
    await library.waitForTimeout(200); // the card is placed beside its words asynchronously
  }
  await library.screenshot({ path: join(outDir, SCREENSHOT) });
  await library.close();
  return { rows, highlights, card: card?.trim() ?? null };
}

/**
 * Runs the clips step with the browser context `ctx` (extension loaded) against the seed server at
 * `origin`; appends its line to `outDir`/summary.md. Returns the failures.
 */
export async function demoClips(ctx, origin, { outDir, rel, extensionId }) {
  const extensionUrl = `chrome-extension://${extensionId}`;
  process.stdout.write('Demoing clips… ');
  const page = await ctx.newPage();
  try {
    const url = `${origin}/${SEED}`;
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, HIGHLIGHT_NAME, {
      timeout: TIMEOUT_MS,
    });
    if ((await page.evaluate(select, PASSAGE)) !== PASSAGE)
      throw new DemoError(`“${PASSAGE}” is not on ${SEED}`);
    const found = await askContent(ctx, { pageUrl: url, name: 'page/summary', payload: {} });
    if (found.tabId === null) throw new DemoError(`no tab answered for ${url}: ${found.errors.join('; ')}`);
    const saved = await saveFromPopup(ctx, extensionUrl, found.tabId);
    const shown = await showLibrary(ctx, extensionUrl, outDir);
    const cardNote = shown.card ? `, a card open (“${shown.card}”)` : '';
    const line =
      `Saved the passage “${PASSAGE}” from ${SEED} with a note (${saved}); the library lists ${shown.rows} ` +
      `clip(s) and its reader view shows the stored article with ${shown.highlights} highlight(s)${cardNote}.`;
    await appendFile(
      join(outDir, 'summary.md'),
      `## Clips\n\n${line}\n\n![The library's reader view](${SCREENSHOT})\n`,
    );
    console.log('done.');
    console.log(`  ${line}\n  ${rel(join(outDir, SCREENSHOT))}`);
    return [];
  } catch (e) {
    console.log('failed.');
    return [`clips: ${e instanceof DemoError ? e.message : (e?.stack ?? String(e))}`];
  } finally {
    await page.close();
  }
}
