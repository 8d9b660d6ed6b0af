#!/usr/bin/env node
/**
 * `npm run screenshots`: pictures of a claim card for the docs, made by the extension itself.
 *
 * Builds dist/chrome if the sources are newer, serves the seed articles, opens headless
 * Chromium (device scale 2, for crisp images) with Gloss, and hovers "in June" in
 * coverage-a.html, the claim Gloss marks as outdated. The theme and UI language are set in
 * extension storage, as the options page does. Each picture is cropped to the words and the card:
 *
 *   docs/screenshots/card-light.png   theme light, English UI
 *   docs/screenshots/card-dark.png    theme dark, English UI
 *   docs/screenshots/card-hindi.png   theme light, Hindi UI
 */
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { cardState, dismiss, ensureBuild, hover, launch, openSeed, ROOT } from './screenshots/chromium.mjs';

const OUT_DIR = join(ROOT, 'docs/screenshots');
const SEED = 'coverage-a.html';
const TERM = 'in June';
/** Where the words go (px from the top) when the page can scroll that far. */
const WORDS_TOP = 110;
/** Tall enough that the whole card fits below the words (the seed page is short; it cannot scroll them up). */
const WINDOW = { width: 1280, height: 2000 };
const PADDING = 16;
const SHOTS = [
  { file: 'card-light.png', settings: { theme: 'light', language: 'en' } },
  { file: 'card-dark.png', settings: { theme: 'dark', language: 'en' } },
  { file: 'card-hindi.png', settings: { theme: 'light', language: 'hi' } },
];

/** The union of two boxes, padded, clipped to the viewport. */
function clip(a, b, viewport) {
  const x0 = Math.max(0, Math.min(a.x, b.x) - PADDING);
  const y0 = Math.max(0, Math.min(a.y, b.y) - PADDING);
  const x1 = Math.min(viewport.width, Math.max(a.x + a.width, b.x + b.width) + PADDING);
  const y1 = Math.min(viewport.height, Math.max(a.y + a.height, b.y + b.height) + PADDING);
  return { x: Math.floor(x0), y: Math.floor(y0), width: Math.ceil(x1 - x0), height: Math.ceil(y1 - y0) };
}

async function main() {
  ensureBuild();
  await mkdir(OUT_DIR, { recursive: true });
  const browser = await launch({ scale: 2, window: WINDOW });
  try {
    const page = await openSeed(browser.ctx, browser.origin, SEED);
    for (const shot of SHOTS) {
      await browser.setSettings(shot.settings);
      // The worker tells the content script (settings/changed), which asks page/display; give it a moment.
      await page.waitForTimeout(200);
      const { words, card } = await hover(page, TERM, WORDS_TOP);
      const state = await cardState(page);
      if (state.theme !== shot.settings.theme || state.lang !== shot.settings.language) {
        throw new Error(
          `${shot.file}: the card shows ${JSON.stringify(state)}, not ${JSON.stringify(shot.settings)}`,
        );
      }
      if (!state.verdict) throw new Error(`${shot.file}: hovering "${TERM}" did not open a claim card`);
      if (state.scrolls) throw new Error(`${shot.file}: the card does not fit (it scrolls inside)`);
      const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
      const path = join(OUT_DIR, shot.file);
      await page.screenshot({ path, clip: clip(words, card, viewport) });
      console.log(
        `${relative(ROOT, path)}  ${state.title} · ${state.verdict} (${state.theme}, ${state.lang})`,
      );
      await dismiss(page);
    }
    await browser.setSettings({ theme: 'system', language: 'auto' });
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
