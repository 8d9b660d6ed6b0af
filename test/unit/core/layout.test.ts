/**
 * The card's layout, with numbers, left-to-right and right-to-left (issue #4).
 * Viewport 1000 × 800; card 300 × 200; gap 6; padding 8.
 */
import { describe, expect, it } from 'vitest';
import {
  CARD_GAP_PX,
  CARD_MIN_HEIGHT_PX,
  type LayoutInput,
  layoutCard,
  VIEWPORT_PADDING_PX,
} from '../../../src/core/hover/layout';

const base = (over: Partial<LayoutInput> = {}): LayoutInput => ({
  reference: { x: 100, y: 100, width: 80, height: 20 },
  floating: { width: 300, height: 200 },
  viewport: { width: 1000, height: 800 },
  rtl: false,
  ...over,
});

describe('layoutCard', () => {
  it('LTR: below the words, aligned to their start', async () => {
    const r = await layoutCard(base());
    expect(r).toMatchObject({ x: 100, y: 100 + 20 + CARD_GAP_PX, placement: 'bottom-start' });
  });

  it('RTL: start-aligned means the right edges meet (600 + 80 − 300 = 380)', async () => {
    const r = await layoutCard(base({ rtl: true, reference: { x: 600, y: 100, width: 80, height: 20 } }));
    expect(r).toMatchObject({ x: 380, y: 126, placement: 'bottom-start' });
  });

  it('RTL near the left edge: flips to the other alignment (left edges meet) rather than overflow', async () => {
    // Right-aligned would put the card at 100 + 80 − 300 = −120, off screen.
    const r = await layoutCard(base({ rtl: true }));
    expect(r).toMatchObject({ x: 100, y: 126, placement: 'bottom-end' });
  });

  it('flips above the words when there is no room below, and never covers them', async () => {
    const reference = { x: 100, y: 700, width: 80, height: 20 };
    const r = await layoutCard(base({ reference }));
    expect(r.placement).toBe('top-start');
    expect(r.y).toBe(700 - CARD_GAP_PX - 200);
    expect(r.y + 200).toBeLessThanOrEqual(reference.y);
  });

  it('LTR near the right edge: flips to end alignment (900 + 80 − 300 = 680)', async () => {
    const r = await layoutCard(base({ reference: { x: 900, y: 100, width: 80, height: 20 } }));
    expect(r).toMatchObject({ x: 680, placement: 'bottom-end' });
  });

  it('shifts inside the viewport when neither alignment fits', async () => {
    const r = await layoutCard(
      base({ viewport: { width: 400, height: 800 }, reference: { x: 150, y: 100, width: 20, height: 20 } }),
    );
    expect(r.x).toBeGreaterThanOrEqual(VIEWPORT_PADDING_PX);
    expect(r.x + 300).toBeLessThanOrEqual(400 - VIEWPORT_PADDING_PX);
  });

  it('on a 320 px wide viewport the card keeps the padding and its width limit', async () => {
    const r = await layoutCard(
      base({
        viewport: { width: 320, height: 640 },
        floating: { width: 304, height: 200 },
        reference: { x: 200, y: 50, width: 60, height: 20 },
      }),
    );
    expect(r.x).toBe(VIEWPORT_PADDING_PX);
    expect(r.maxWidth).toBe(320 - 2 * VIEWPORT_PADDING_PX);
  });

  it('limits the height to the space on the chosen side, never below the minimum', async () => {
    const tall = await layoutCard(base({ floating: { width: 300, height: 2000 } }));
    expect(tall.maxHeight).toBe(800 - VIEWPORT_PADDING_PX - (100 + 20 + CARD_GAP_PX));
    const cramped = await layoutCard(
      base({ viewport: { width: 1000, height: 150 }, reference: { x: 100, y: 60, width: 80, height: 20 } }),
    );
    expect(cramped.maxHeight).toBe(CARD_MIN_HEIGHT_PX);
  });

  it('a card taller than the room above keeps its top inside the viewport (200 % zoom, 320 px)', async () => {
    // 640 px tall viewport, words near the bottom, card content 900 px tall.
    const reference = { x: 20, y: 560, width: 60, height: 20 };
    const r = await layoutCard(
      base({ viewport: { width: 320, height: 640 }, floating: { width: 300, height: 900 }, reference }),
    );
    expect(r.placement.startsWith('top')).toBe(true);
    expect(r.y).toBe(VIEWPORT_PADDING_PX);
    expect(r.y + r.maxHeight).toBe(reference.y - CARD_GAP_PX);
  });
});
