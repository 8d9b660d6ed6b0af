/**
 * The card stays usable and legible on hostile hosts: `* { all: unset !important }` with a
 * transformed body and full-page overlays at the largest z-index, a right-to-left page, a
 * 320 px wide viewport, and 200 % browser zoom (tabs.setZoom: the real zoom, which halves the
 * CSS viewport and doubles devicePixelRatio). In each the card opens on hover, lies inside
 * the viewport with a non-empty box, nothing paints over it, its text is at least 12 px, and
 * it does not cover the hovered words.
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from '../support/browsers';
import { hoverTerm, overlap, stableCardBox } from '../support/card';
import { cardLayout, cardState } from '../support/card-probes';
import { VIEWPORT } from '../support/driver';
import { expectHighlight, useBrowser } from '../support/e2e';
import { openWithMessenger } from '../support/messenger';
import type { GlossPage } from '../support/page';

const MIN_FONT_PX = 12;
/** The layout keeps the card this far from the viewport's edges. */
const EDGE_PX = 8;

interface Case {
  name: string;
  fixture: string;
  term: string;
  /** What the card's title must match. */
  title: RegExp;
  /** Viewport size to set after load (CSS px). */
  viewport?: [number, number];
  /** Browser zoom to set after load (2 = 200 %); the CSS viewport shrinks by as much. */
  zoom?: number;
  /** Right-to-left text: the card lines up with the words' right edge instead of their left. */
  rtl?: boolean;
  /** The placement expected, where it is certain. */
  placement?: RegExp;
}

const CASES: Case[] = [
  {
    name: 'all: unset, transformed body, overlays',
    fixture: 'hostile-css.html',
    term: 'Galwan Valley',
    title: /Galwan/,
  },
  {
    name: 'right-to-left page',
    fixture: 'rtl.html',
    term: 'Pangong Tso',
    title: /Pangong/,
    rtl: true,
    placement: /-start$/,
  },
  {
    name: '320 px viewport',
    fixture: 'seeds/coverage-b.html',
    term: 'Line of Actual Control',
    title: /Line of Actual Control/,
    viewport: [320, 640],
  },
  {
    name: 'right-to-left page at 320 px',
    fixture: 'rtl.html',
    term: 'Kazan',
    title: /Kazan/,
    viewport: [320, 640],
    rtl: true,
  },
  { name: '200 % zoom', fixture: 'seeds/coverage-a.html', term: 'Kazan', title: /Kazan/, zoom: 2 },
];

/** Hovers `term` and checks the card: open, inside the viewport, on top, legible, clear of the words. */
async function checkCard(
  page: GlossPage,
  { term, title, rtl = false, placement }: Pick<Case, 'term' | 'title' | 'rtl' | 'placement'>,
): Promise<void> {
  const words = await hoverTerm(page, term);
  expect((await page.evaluate(cardState)).title).toMatch(title);
  await stableCardBox(page);
  const layout = await page.evaluate(cardLayout);
  if (!layout) throw new Error('no card to measure');
  const { card, viewport: vp } = layout;
  const where = `card ${JSON.stringify(card)}, words ${JSON.stringify(words)}, viewport ${JSON.stringify(vp)}`;
  expect.soft(card.width * card.height, `card has a box: ${where}`).toBeGreaterThan(100 * 50);
  expect.soft(card.x, `inside the viewport (left): ${where}`).toBeGreaterThanOrEqual(0);
  expect.soft(card.y, `inside the viewport (top): ${where}`).toBeGreaterThanOrEqual(0);
  expect
    .soft(card.x + card.width, `inside the viewport (right): ${where}`)
    .toBeLessThanOrEqual(vp.width + 0.5);
  expect
    .soft(card.y + card.height, `inside the viewport (bottom): ${where}`)
    .toBeLessThanOrEqual(vp.height + 0.5);
  expect
    .soft(layout.topmost, 'topmost element at the card centre and corners')
    .toEqual(Array(5).fill('gloss-root'));
  expect.soft(layout.minFontPx, 'smallest font size in the card (px)').toBeGreaterThanOrEqual(MIN_FONT_PX);
  expect.soft(overlap(card, words), `card must not cover the hovered words: ${where}`).toBe(0);
  // Aligned with the words: `-start` is their left edge in LTR and their right edge in RTL,
  // `-end` the other one; a card pushed in from a viewport edge sits at that edge instead.
  const leftEdges = layout.placement.endsWith('-start') !== rtl;
  const aligned = leftEdges
    ? Math.abs(card.x - words.x) <= 1
    : Math.abs(card.x + card.width - (words.x + words.width)) <= 1;
  const atEdge = card.x <= EDGE_PX + 1 || card.x + card.width >= vp.width - EDGE_PX - 1;
  expect
    .soft(
      aligned || atEdge,
      `card aligned with the words (${layout.placement}, ${rtl ? 'rtl' : 'ltr'}): ${where}`,
    )
    .toBe(true);
  if (placement) expect.soft(layout.placement, 'placement').toMatch(placement);
}

describe.each(BROWSER_NAMES)('card on hostile hosts in %s', (name) => {
  const e2e = useBrowser(name);

  it.each(CASES)('$name ($fixture, "$term")', async (c) => {
    const { fixture, viewport, zoom } = c;
    const { page, messenger } = await openWithMessenger(e2e, fixture);
    await expectHighlight(page, 1);
    if (viewport) await page.setViewport(...viewport);
    if (zoom) await messenger.setZoom(zoom);
    try {
      await expect
        .poll(() => page.evaluate(() => window.innerWidth), { message: 'CSS viewport width after the setup' })
        .toBe(viewport ? viewport[0] : VIEWPORT.width / (zoom ?? 1));
      await checkCard(page, c);
    } finally {
      // Zoom is kept per site, and every fixture is on the same origin.
      if (zoom) await messenger.setZoom(1);
    }
    expect(page.consoleErrors).toEqual([]);
  });
});
