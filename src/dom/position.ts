/**
 * Places a floating element beside a highlighted range, with @floating-ui/dom: below the
 * words if there is room, flipped above if not, shifted to stay inside the viewport, and
 * kept in place on scroll and resize (autoUpdate). The card never covers the words it
 * describes because flip chooses a side and offset keeps a gap from the range's rects.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';

const GAP_PX = 6;
const VIEWPORT_PADDING_PX = 8;

function virtualFor(range: Range): VirtualElement {
  const parent = range.startContainer.parentElement;
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    ...(parent ? { contextElement: parent } : {}),
  };
}

/** Positions `floating` next to `range` until the returned cleanup is called. */
export function follow(range: Range, floating: HTMLElement): () => void {
  const reference = virtualFor(range);
  const update = () => {
    void computePosition(reference, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(GAP_PX),
        flip({ padding: VIEWPORT_PADDING_PX }),
        shift({ padding: VIEWPORT_PADDING_PX }),
        size({
          padding: VIEWPORT_PADDING_PX,
          apply({ availableHeight }) {
            floating.style.maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      floating.style.left = `${Math.round(x)}px`;
      floating.style.top = `${Math.round(y)}px`;
    });
  };
  return autoUpdate(reference, floating, update, { animationFrame: false });
}
