/**
 * Where a card goes, as a pure function of measurements: @floating-ui/core (no DOM) with a
 * platform made of plain rectangles. Below the words when there is room, flipped above when
 * not, shifted to stay inside the viewport, sized to what is left; start-aligned, which
 * means right-aligned on right-to-left pages. The gap keeps the card off the words.
 * dom/position.ts measures the page and applies the result.
 */
import { computePosition, flip, offset, type Platform, shift, size } from '@floating-ui/core';
import type { Rect } from '../geometry';

/** Gap between the words and the card: clear of underlines, short enough to cross (CSS px). */
export const CARD_GAP_PX = 6;
/** The card keeps this far from the viewport's edges. */
export const VIEWPORT_PADDING_PX = 8;
/** A card never gets shorter than this; it scrolls inside instead. */
export const CARD_MIN_HEIGHT_PX = 120;

export interface LayoutInput {
  /** The highlighted words (their first line box), viewport coordinates. */
  readonly reference: Rect;
  /** The card's natural size. */
  readonly floating: { readonly width: number; readonly height: number };
  readonly viewport: { readonly width: number; readonly height: number };
  readonly rtl: boolean;
}

export interface LayoutResult {
  readonly x: number;
  readonly y: number;
  readonly placement: string;
  /** Height available on the chosen side; the card scrolls inside beyond it. */
  readonly maxHeight: number;
  readonly maxWidth: number;
}

const REFERENCE = { ref: true };
const FLOATING = { floating: true };

function platformFor(input: LayoutInput): Platform {
  const rect = (b: Rect) => ({ x: b.x, y: b.y, width: b.width, height: b.height });
  return {
    getElementRects: () => ({
      reference: rect(input.reference),
      floating: { x: 0, y: 0, width: input.floating.width, height: input.floating.height },
    }),
    getDimensions: () => ({ width: input.floating.width, height: input.floating.height }),
    getClippingRect: () => ({ x: 0, y: 0, width: input.viewport.width, height: input.viewport.height }),
    isRTL: () => input.rtl,
  };
}

/** Computes the card's position and size limits. */
export async function layoutCard(input: LayoutInput): Promise<LayoutResult> {
  let maxHeight = input.viewport.height - 2 * VIEWPORT_PADDING_PX;
  let maxWidth = input.viewport.width - 2 * VIEWPORT_PADDING_PX;
  const result = await computePosition(REFERENCE, FLOATING, {
    platform: platformFor(input),
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(CARD_GAP_PX),
      flip({ padding: VIEWPORT_PADDING_PX, fallbackAxisSideDirection: 'none' }),
      shift({ padding: VIEWPORT_PADDING_PX }),
      size({
        padding: VIEWPORT_PADDING_PX,
        apply({ availableHeight, availableWidth }) {
          maxHeight = Math.max(CARD_MIN_HEIGHT_PX, Math.floor(availableHeight));
          maxWidth = Math.max(0, Math.floor(availableWidth));
        },
      }),
    ],
  });
  // Above the words, the card is drawn at most maxHeight tall: keep its bottom edge by the gap.
  const clamped = Math.max(0, input.floating.height - maxHeight);
  const y = result.placement.startsWith('top') ? result.y + clamped : result.y;
  return {
    x: Math.round(result.x),
    y: Math.round(y),
    placement: result.placement,
    maxHeight,
    maxWidth,
  };
}
