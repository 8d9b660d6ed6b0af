/**
 * The hover card as a pure state machine: (state, event) → (state, effects).
 *
 * The DOM side feeds it pointer, focus, key and timer events and carries out the effects
 * (start a timer, open or close a card). Every scheduled timer carries the token of the
 * state that scheduled it; a timer whose token is stale does nothing, so late timers can
 * never open or close the wrong card. One card at a time.
 */
import { DWELL_MS, GRACE_MS } from './timing';

/** An annotation id on the page. */
export type Target = number;

export type HoverState =
  | { readonly phase: 'idle'; readonly token: number }
  | { readonly phase: 'pending'; readonly token: number; readonly target: Target }
  | { readonly phase: 'open'; readonly token: number; readonly target: Target; readonly pinned: boolean }
  | { readonly phase: 'closing'; readonly token: number; readonly target: Target };

export type HoverEvent =
  | { readonly type: 'pointer-enter'; readonly target: Target }
  | { readonly type: 'pointer-leave' }
  | { readonly type: 'card-enter' }
  | { readonly type: 'card-leave' }
  | { readonly type: 'focus'; readonly target: Target }
  | { readonly type: 'click'; readonly target: Target }
  | { readonly type: 'click-outside' }
  | { readonly type: 'escape' }
  | { readonly type: 'timer'; readonly timer: 'dwell' | 'grace'; readonly token: number };

export type HoverEffect =
  | {
      readonly type: 'schedule';
      readonly timer: 'dwell' | 'grace';
      readonly ms: number;
      readonly token: number;
    }
  | { readonly type: 'open'; readonly target: Target; readonly focus: boolean }
  | { readonly type: 'close'; readonly restoreFocus: boolean };

export interface Transition {
  readonly state: HoverState;
  readonly effects: readonly HoverEffect[];
}

export const initialHoverState: HoverState = { phase: 'idle', token: 0 };

/** The two delays the machine schedules (the reader can change the dwell in the options). */
export interface HoverTimings {
  readonly dwellMs: number;
  readonly graceMs: number;
}

export const DEFAULT_TIMINGS: HoverTimings = { dwellMs: DWELL_MS, graceMs: GRACE_MS };

const stay = (state: HoverState): Transition => ({ state, effects: [] });

function pend(state: HoverState, target: Target, closeFirst: boolean, timings: HoverTimings): Transition {
  const token = state.token + 1;
  const effects: HoverEffect[] = closeFirst ? [{ type: 'close', restoreFocus: false }] : [];
  effects.push({ type: 'schedule', timer: 'dwell', ms: timings.dwellMs, token });
  return { state: { phase: 'pending', token, target }, effects };
}

function openNow(state: HoverState, target: Target, focus: boolean, pinned: boolean): Transition {
  const closeFirst = state.phase === 'open' || state.phase === 'closing';
  const effects: HoverEffect[] = closeFirst ? [{ type: 'close', restoreFocus: false }] : [];
  effects.push({ type: 'open', target, focus });
  return { state: { phase: 'open', token: state.token + 1, target, pinned }, effects };
}

function close(state: HoverState, restoreFocus: boolean): Transition {
  const shown = state.phase === 'open' || state.phase === 'closing';
  return {
    state: { phase: 'idle', token: state.token + 1 },
    effects: shown ? [{ type: 'close', restoreFocus }] : [],
  };
}

function startGrace(state: HoverState & { target: Target }, timings: HoverTimings): Transition {
  const token = state.token + 1;
  return {
    state: { phase: 'closing', token, target: state.target },
    effects: [{ type: 'schedule', timer: 'grace', ms: timings.graceMs, token }],
  };
}

/** The transition function. Pure; never throws. */
export function hoverReducer(
  state: HoverState,
  event: HoverEvent,
  timings: HoverTimings = DEFAULT_TIMINGS,
): Transition {
  switch (event.type) {
    case 'escape':
      return close(state, true);
    case 'click-outside':
      return state.phase === 'open' && state.pinned ? close(state, false) : stay(state);
    case 'focus':
      return state.phase === 'open' && state.target === event.target
        ? stay(state)
        : openNow(state, event.target, true, false);
    case 'click':
      return state.phase === 'open' && state.target === event.target
        ? stay({ ...state, pinned: true })
        : openNow(state, event.target, false, true);
    case 'timer':
      if (event.token !== state.token) return stay(state);
      if (event.timer === 'dwell' && state.phase === 'pending')
        return openNow(state, state.target, false, false);
      if (event.timer === 'grace' && state.phase === 'closing') return close(state, false);
      return stay(state);
    default:
      return pointer(state, event, timings);
  }
}

function pointer(state: HoverState, event: HoverEvent, timings: HoverTimings): Transition {
  switch (state.phase) {
    case 'idle':
      return event.type === 'pointer-enter' ? pend(state, event.target, false, timings) : stay(state);
    case 'pending':
      if (event.type === 'pointer-enter')
        return event.target === state.target ? stay(state) : pend(state, event.target, false, timings);
      return event.type === 'pointer-leave' ? close(state, false) : stay(state);
    case 'open':
      if (state.pinned) return stay(state);
      if (event.type === 'pointer-enter' && event.target !== state.target)
        return pend(state, event.target, true, timings);
      return event.type === 'pointer-leave' || event.type === 'card-leave'
        ? startGrace(state, timings)
        : stay(state);
    case 'closing':
      if (event.type === 'pointer-enter' && event.target !== state.target)
        return pend(state, event.target, true, timings);
      if (event.type === 'pointer-enter' || event.type === 'card-enter') {
        return stay({ phase: 'open', token: state.token + 1, target: state.target, pinned: false });
      }
      return stay(state);
  }
}
