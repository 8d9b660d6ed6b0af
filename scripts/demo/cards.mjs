/**
 * Demoing one seed page: wait for Gloss's highlights, list the annotations through the
 * extension, then for each one reveal it, hover it, wait for its card, screenshot the words
 * and the card, read the card, and close it.
 */
import { join } from 'node:path';
import { chromiumRevealer, waitRevealed } from '../closed-roots.mjs';
import {
  askContent,
  clipAround,
  DemoError,
  HIGHLIGHT_NAME,
  hoverPoint,
  resultValue,
  stableBox,
} from './extension.mjs';

/** How long a seed page may take to show Gloss's first highlight. */
export const ANNOTATE_TIMEOUT_MS = 10_000;
const CARD_TIMEOUT_MS = 4_000;

/**
 * In the page's main world: the open card's box, once it has one, else null. The card is in a
 * closed shadow root; chromiumRevealer exposes it as the host's `shadowRoot` (ADR 0017).
 */
function cardBox() {
  const el = document.querySelector('gloss-root')?.shadowRoot?.querySelector('.gloss-card');
  const r = el?.getBoundingClientRect();
  return r && r.width > 0 && r.height > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
}

/** In the page's main world: what the open card says (its root exposed, as for cardBox). */
function cardText() {
  const card = document.querySelector('gloss-root')?.shadowRoot?.querySelector('.gloss-card');
  if (!card) return null;
  const text = (/** @type {string} */ sel) => (card.querySelector(sel)?.textContent ?? '').trim();
  const source = card.querySelector('a.gloss-card__source');
  return {
    kind: text('.gloss-card__kind'),
    title: text('.gloss-card__title'),
    summary: text('.gloss-card__summary'),
    source: source
      ? {
          publisher: (source.textContent ?? '').trim(),
          url: source.getAttribute('href') ?? '',
          line: text('.gloss-card__meta'),
        }
      : null,
  };
}

/**
 * Opens one card: reveal, hover, wait, screenshot, read, close. `exposeRoots` is the page's
 * chromiumRevealer: Playwright's locators cannot see into the card's closed root, so the card
 * is read with main-world `evaluate` once its root is exposed.
 */
async function demoAnnotation(ctx, page, exposeRoots, tabId, seed, index, a, opts) {
  const what = `“${a.quote}” (${a.factId}) on ${seed}`;
  const result = { ...a, card: null, screenshot: null, openMs: null };
  const reveal = async () => {
    const { reply } = await askContent(ctx, { tabId, name: 'page/reveal', payload: { annotationId: a.id } });
    const rect = resultValue(reply, `page/reveal for ${what}`);
    if (!rect) throw new DemoError(`page/reveal for ${what} returned null (unknown annotation id ${a.id})`);
    return rect;
  };
  await reveal();
  await page.waitForTimeout(100); // let the scroll settle, then ask again for the final position
  const rect = await reveal();
  if (rect.width <= 0 || rect.height <= 0) throw new DemoError(`page/reveal for ${what}: empty rect`);

  const point = await hoverPoint(page, rect);
  await page.mouse.move(1, 1);
  const started = Date.now();
  await page.mouse.move(point.x, point.y, { steps: 5 });
  try {
    // Polled every 50 ms, exposing the card's root each time (a new host may appear).
    await waitRevealed(page, exposeRoots, cardBox, undefined, { polling: 50, timeout: CARD_TIMEOUT_MS });
  } catch {
    throw new DemoError(
      `no card opened within ${CARD_TIMEOUT_MS / 1000} s after hovering ${what} at (${Math.round(point.x)}, ${Math.round(point.y)})`,
    );
  }
  result.openMs = Date.now() - started;
  const box = await stableBox(() => page.evaluate(cardBox));
  if (!box) throw new DemoError(`the card for ${what} has no box`);

  await exposeRoots();
  result.card = await page.evaluate(cardText);
  if (!result.card) throw new DemoError(`the card for ${what} closed before it could be read`);
  if (result.card.title !== a.title) {
    throw new DemoError(`hovering ${what} opened the card “${result.card.title}”, expected “${a.title}”`);
  }
  const safeId = a.factId.replace(/[^a-z0-9-]+/gi, '-');
  const file = join(
    opts.outDir,
    `${seed.replace(/\.html$/, '')}-${String(index + 1).padStart(2, '0')}-${safeId}.png`,
  );
  const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  await page.screenshot({ path: file, clip: clipAround(rect, box, viewport) });
  result.screenshot = opts.rel(file);

  await page.keyboard.press('Escape');
  await page.mouse.move(1, 1);
  try {
    await page.locator('gloss-root').waitFor({ state: 'detached', timeout: CARD_TIMEOUT_MS });
  } catch {
    throw new DemoError(`the card for ${what} did not close after Escape`);
  }
  return result;
}

/** Runs one seed page: wait for highlights, list them, open every card. */
/**
 * Opens a seed page, waits for Gloss, and demos every annotation it lists.
 * @param {{ outDir: string, rel: (p: string) => string, isInterrupted: () => boolean }} opts
 */
export async function demoPage(ctx, origin, seed, opts) {
  const page = await ctx.newPage();
  const exposeRoots = chromiumRevealer(page);
  const url = `${origin}/${seed}`;
  /** @type {import('./demo/report.mjs').PageResult} */
  const result = { seed, url, title: '', highlights: 0, listed: 0, annotations: [] };
  try {
    await page.goto(url, { waitUntil: 'load' });
    try {
      await page.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, HIGHLIGHT_NAME, {
        timeout: ANNOTATE_TIMEOUT_MS,
        polling: 100,
      });
    } catch {
      throw new DemoError(
        `${seed}: no highlights after ${ANNOTATE_TIMEOUT_MS / 1000} s (is the content script running? did Readability find the article?)`,
      );
    }
    result.highlights = await page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, HIGHLIGHT_NAME);

    const found = await askContent(ctx, { pageUrl: page.url(), name: 'page/summary', payload: {} });
    if (found.tabId === null) {
      throw new DemoError(
        `${seed}: no tab's content script answered page/summary for ${page.url()}:\n    ${found.errors.join('\n    ')}`,
      );
    }
    const summary = resultValue(found.reply, `${seed}: page/summary`);
    if (!summary) throw new DemoError(`${seed}: page/summary says there is no article on this page`);
    result.url = summary.url;
    result.title = summary.title;
    if (!summary.annotations.length) throw new DemoError(`${seed}: page/summary lists no annotations`);

    result.listed = summary.annotations.length;
    for (const [i, a] of summary.annotations.entries()) {
      if (opts.isInterrupted()) throw new DemoError('interrupted');
      result.annotations.push(await demoAnnotation(ctx, page, exposeRoots, found.tabId, seed, i, a, opts));
    }
    return result;
  } catch (e) {
    result.error = e instanceof Error ? e.message : String(e);
    throw Object.assign(e instanceof Error ? e : new Error(String(e)), { partial: result });
  } finally {
    await page.close().catch(() => {});
  }
}
