/**
 * Wires the page's pointer and key events to the pure hover state machine and carries out
 * its effects (timers, open and close a card). Pointer moves are coalesced to one hit test
 * per animation frame. Keyboard access goes through the same machine: `focus(id)` opens a
 * card at once with focus; Esc closes it and returns focus. Only the reader's own input counts:
 * events a page script made up (`isTrusted` false) neither open, close nor move a card (issue #11).
 */
import {
  type HoverEffect,
  type HoverEvent,
  type HoverState,
  type HoverTimings,
  hoverReducer,
  initialHoverState,
} from '../../../core/hover/machine';
import { hitTest } from '../../../dom/hit-test';
import { guarded } from '../../feature';
import { mark } from '../../timing';
import type { Annotation } from './annotations';
import type { LazyCards } from './lazy-cards';

export interface HoverOptions {
  readonly win: Window;
  /** The annotations that can be hovered now (shown ones), in document order. */
  readonly targets: () => readonly Annotation[];
  readonly byId: (id: number) => Annotation | undefined;
  readonly cards: LazyCards;
  readonly timings: () => HoverTimings;
  /** Called on every hit test (cheap): the highlight layers re-check the registry. */
  readonly onActivity: () => void;
  readonly signal: AbortSignal;
}

export interface HoverController {
  /** Opens the card of `id` at once, with keyboard focus. */
  focus(id: number): void;
  /** Closes any card. */
  close(): void;
  /** The annotation whose card is open or pending, if any. */
  readonly current: number | null;
}

export function startHover(opts: HoverOptions): HoverController {
  const { win, cards, signal } = opts;
  let state: HoverState = initialHoverState;
  let overTarget = -1;
  let frame = 0;
  let lastX = 0;
  let lastY = 0;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const dispatch = (event: HoverEvent): void => {
    const { state: next, effects } = hoverReducer(state, event, opts.timings());
    state = next;
    for (const effect of effects) run(effect);
  };

  const run = (effect: HoverEffect): void => {
    if (effect.type === 'schedule') {
      const id = setTimeout(
        guarded('hover-timer', () => {
          timers.delete(id);
          mark(`gloss:${effect.timer}-fired`);
          dispatch({ type: 'timer', timer: effect.timer, token: effect.token });
        }),
        effect.ms,
      );
      timers.add(id);
    } else if (effect.type === 'open') {
      const annotation = opts.byId(effect.target);
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

  const hit = (x: number, y: number): number => {
    const targets = opts.targets();
    const i = hitTest(
      win,
      targets.map((a) => a.range),
      x,
      y,
    );
    return i === -1 ? -1 : (targets[i] as Annotation).id;
  };

  const onFrame = guarded('hover-frame', () => {
    frame = 0;
    opts.onActivity();
    const target = hit(lastX, lastY);
    if (target === overTarget) return;
    overTarget = target;
    // The dwell starts: the card UI loads meanwhile (first time only), so the card is ready when it ends.
    if (target !== -1) void cards.prepare();
    dispatch(target === -1 ? { type: 'pointer-leave' } : { type: 'pointer-enter', target });
  });

  const onPointerMove = guarded('pointermove', (e: PointerEvent) => {
    if (!e.isTrusted) return;
    if (cards.contains(e.composedPath()[0] ?? null)) return; // the card's own enter/leave handle it
    lastX = e.clientX;
    lastY = e.clientY;
    if (!frame) frame = win.requestAnimationFrame(onFrame);
  });

  const onKeyDown = guarded('keydown', (e: KeyboardEvent) => {
    if (!e.isTrusted || e.key !== 'Escape' || state.phase === 'idle') return;
    dispatch({ type: 'escape' });
  });

  const onPointerDown = guarded('pointerdown', (e: PointerEvent) => {
    if (!e.isTrusted) return;
    if (cards.contains(e.composedPath()[0] ?? null)) return;
    const target = hit(e.clientX, e.clientY);
    dispatch(target === -1 ? { type: 'click-outside' } : { type: 'click', target });
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

  return {
    focus: (id) => dispatch({ type: 'focus', target: id }),
    close: () => dispatch({ type: 'escape' }),
    get current() {
      return state.phase === 'idle' ? null : state.target;
    },
  };
}
