/**
 * Wires the page's pointer and key events to the pure hover state machine and carries out
 * its effects (timers, open and close a card). Pointer moves are coalesced to one hit test
 * per animation frame.
 */
import {
  type HoverEffect,
  type HoverEvent,
  type HoverState,
  hoverReducer,
  initialHoverState,
} from '../../../core/hover/machine';
import { hitTest } from '../../../dom/hit-test';
import { guarded } from '../../feature';
import type { Annotation } from './annotations';
import type { CardPresenter } from './card';

export interface HoverOptions {
  readonly win: Window;
  readonly annotations: readonly Annotation[];
  readonly ranges: () => readonly Range[];
  readonly cards: CardPresenter;
  /** Called on every pointer move (cheap): the highlight layer re-checks the registry. */
  readonly onActivity: () => void;
  readonly signal: AbortSignal;
}

export function startHover(opts: HoverOptions): void {
  const { win, annotations, cards, signal } = opts;
  let state: HoverState = initialHoverState;
  let overTarget = -1;
  let frame = 0;
  let lastX = 0;
  let lastY = 0;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const dispatch = (event: HoverEvent): void => {
    const { state: next, effects } = hoverReducer(state, event);
    state = next;
    for (const effect of effects) run(effect);
  };

  const run = (effect: HoverEffect): void => {
    if (effect.type === 'schedule') {
      const id = setTimeout(
        guarded('hover-timer', () => {
          timers.delete(id);
          dispatch({ type: 'timer', timer: effect.timer, token: effect.token });
        }),
        effect.ms,
      );
      timers.add(id);
    } else if (effect.type === 'open') {
      const annotation = annotations[effect.target];
      if (!annotation) return;
      cards.show(annotation, effect.focus, {
        onEnter: guarded('card-enter', () => dispatch({ type: 'card-enter' })),
        onLeave: guarded('card-leave', () => dispatch({ type: 'card-leave' })),
        onClose: guarded('card-close', () => dispatch({ type: 'escape' })),
      });
    } else {
      cards.hide(effect.restoreFocus);
    }
  };

  const onFrame = guarded('hover-frame', () => {
    frame = 0;
    opts.onActivity();
    const hit = hitTest(win, opts.ranges(), lastX, lastY);
    if (hit === overTarget) return;
    overTarget = hit;
    dispatch(hit === -1 ? { type: 'pointer-leave' } : { type: 'pointer-enter', target: hit });
  });

  const onPointerMove = guarded('pointermove', (e: PointerEvent) => {
    if (cards.contains(e.composedPath()[0] ?? null)) return; // the card's own enter/leave handle it
    lastX = e.clientX;
    lastY = e.clientY;
    if (!frame) frame = win.requestAnimationFrame(onFrame);
  });

  const onKeyDown = guarded('keydown', (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || state.phase === 'idle') return;
    dispatch({ type: 'escape' });
  });

  const onPointerDown = guarded('pointerdown', (e: PointerEvent) => {
    if (cards.contains(e.composedPath()[0] ?? null)) return;
    const hit = hitTest(win, opts.ranges(), e.clientX, e.clientY);
    dispatch(hit === -1 ? { type: 'click-outside' } : { type: 'click', target: hit });
  });

  const listen = { capture: true, passive: true, signal };
  win.document.addEventListener('pointermove', onPointerMove, listen);
  win.document.addEventListener('pointerdown', onPointerDown, listen);
  win.addEventListener('keydown', onKeyDown, { capture: true, signal });
  signal.addEventListener('abort', () => {
    for (const id of timers) clearTimeout(id);
    if (frame) win.cancelAnimationFrame(frame);
    cards.hide(false);
  });
}
