/** Node-side helpers for e2e tests of the hover card (probes in card-probes.ts). */
import { expect } from 'vitest';
import { type Box, type CardState, cardPartBox, cardState, termBox } from './card-probes';
import type { GlossPage } from './page';

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Scrolls `term` to the middle of the viewport and returns its first line box. */
export async function locateTerm(page: GlossPage, term: string): Promise<Box> {
  const box = await page.evaluate(termBox, [term, true] as [string, boolean]);
  if (!box) throw new Error(`"${term}" is not on the page`);
  await sleep(50); // let the scroll settle
  const settled = await page.evaluate(termBox, [term, false] as [string, boolean]);
  if (!settled) throw new Error(`"${term}" disappeared after scrolling`);
  return settled;
}

export const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Waits until the card is open (and `check` holds, if given); returns its state. */
export async function waitForCard(
  page: GlossPage,
  what = 'the card to open',
  check: (s: CardState) => boolean = () => true,
  timeout = 3_000,
): Promise<CardState> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const state = await page.evaluate(cardState);
    if (state.open && check(state)) return state;
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what}; last state: ${JSON.stringify(state)}`);
    await sleep(25);
  }
}

export async function waitForNoCard(page: GlossPage, what = 'the card to close', timeout = 3_000) {
  await expect
    .poll(async () => (await page.evaluate(cardState)).open, { timeout, interval: 25, message: what })
    .toBe(false);
}

/** Waits until the card's box stops moving (it is placed asynchronously, and follows layout). */
export async function stableCardBox(page: GlossPage): Promise<Box> {
  const same = (a: Box, b: Box) =>
    (['x', 'y', 'width', 'height'] as const).every((k) => Math.abs(a[k] - b[k]) < 0.5);
  let last: Box | null = null;
  for (let i = 0; i < 40; i++) {
    const box = await page.evaluate(cardPartBox, '');
    if (box && last && same(box, last)) return box;
    last = box;
    await sleep(50);
  }
  if (!last) throw new Error('the card has no box');
  return last;
}

/** Hovers `term` (after scrolling it into view) and waits for its card; returns the words' box. */
export async function hoverTerm(page: GlossPage, term: string): Promise<Box> {
  const words = await locateTerm(page, term);
  const { x, y } = centre(words);
  await page.mouseMove(x, y);
  await waitForCard(page, `a card after hovering "${term}"`);
  await stableCardBox(page);
  return words;
}

/** Area (px²) where two boxes overlap. */
export function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
