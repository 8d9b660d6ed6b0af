import { describe, expect, it } from 'vitest';
import {
  type HoverEvent,
  type HoverState,
  hoverReducer,
  initialHoverState,
  type Transition,
} from '../../../src/core/hover/machine';
import { DWELL_MS, GRACE_MS } from '../../../src/core/hover/timing';

/** Runs events from the initial state; returns every transition. */
function run(events: HoverEvent[], from: HoverState = initialHoverState): Transition[] {
  const out: Transition[] = [];
  let state = from;
  for (const e of events) {
    const t = hoverReducer(state, e);
    out.push(t);
    state = t.state;
  }
  return out;
}
const last = (ts: Transition[]) => ts[ts.length - 1] as Transition;
const tokenOf = (t: Transition) => t.state.token;

describe('hover state machine', () => {
  it('schedules a dwell on pointer enter and opens when it fires', () => {
    const [enter] = run([{ type: 'pointer-enter', target: 3 }]);
    expect(enter?.state.phase).toBe('pending');
    expect(enter?.effects).toEqual([
      { type: 'schedule', timer: 'dwell', ms: DWELL_MS, token: tokenOf(enter as Transition) },
    ]);
    const open = hoverReducer(enter?.state as HoverState, {
      type: 'timer',
      timer: 'dwell',
      token: tokenOf(enter as Transition),
    });
    expect(open.state).toMatchObject({ phase: 'open', target: 3, pinned: false });
    expect(open.effects).toEqual([{ type: 'open', target: 3, focus: false }]);
  });

  it('ignores a late dwell timer after the pointer left (stale token)', () => {
    const ts = run([{ type: 'pointer-enter', target: 1 }, { type: 'pointer-leave' }]);
    const staleToken = tokenOf(ts[0] as Transition);
    const t = hoverReducer(last(ts).state, { type: 'timer', timer: 'dwell', token: staleToken });
    expect(t.state.phase).toBe('idle');
    expect(t.effects).toEqual([]);
  });

  it('keeps the card open while the pointer moves into it, and closes after the grace when it leaves', () => {
    const ts = run([{ type: 'pointer-enter', target: 0 }]);
    const opened = hoverReducer(last(ts).state, { type: 'timer', timer: 'dwell', token: tokenOf(last(ts)) });
    const left = hoverReducer(opened.state, { type: 'pointer-leave' });
    expect(left.state.phase).toBe('closing');
    expect(left.effects).toEqual([
      { type: 'schedule', timer: 'grace', ms: GRACE_MS, token: left.state.token },
    ]);
    const inCard = hoverReducer(left.state, { type: 'card-enter' });
    expect(inCard.state.phase).toBe('open');
    // The grace timer scheduled before entering the card is now stale.
    expect(
      hoverReducer(inCard.state, { type: 'timer', timer: 'grace', token: left.state.token }).state.phase,
    ).toBe('open');
    const out = hoverReducer(inCard.state, { type: 'card-leave' });
    const closed = hoverReducer(out.state, { type: 'timer', timer: 'grace', token: out.state.token });
    expect(closed.state.phase).toBe('idle');
    expect(closed.effects).toEqual([{ type: 'close', restoreFocus: false }]);
  });

  it('closes on Escape from any visible state and asks to restore focus', () => {
    const opened = run([{ type: 'focus', target: 2 }]);
    expect(last(opened).effects).toEqual([{ type: 'open', target: 2, focus: true }]);
    const esc = hoverReducer(last(opened).state, { type: 'escape' });
    expect(esc.state.phase).toBe('idle');
    expect(esc.effects).toEqual([{ type: 'close', restoreFocus: true }]);
    expect(hoverReducer(esc.state, { type: 'escape' }).effects).toEqual([]);
  });

  it('shows one card at a time: a new target closes the old card first', () => {
    const ts = run([
      { type: 'focus', target: 1 },
      { type: 'pointer-enter', target: 2 },
    ]);
    expect(last(ts).effects[0]).toEqual({ type: 'close', restoreFocus: false });
    expect(last(ts).state).toMatchObject({ phase: 'pending', target: 2 });
  });

  it('pins on click: pointer leave no longer closes; a click outside does', () => {
    const ts = run([{ type: 'click', target: 4 }, { type: 'pointer-leave' }, { type: 'card-leave' }]);
    expect(last(ts).state).toMatchObject({ phase: 'open', pinned: true });
    const outside = hoverReducer(last(ts).state, { type: 'click-outside' });
    expect(outside.state.phase).toBe('idle');
    expect(outside.effects).toEqual([{ type: 'close', restoreFocus: false }]);
  });

  it('tokens only grow, so no timer can be reused', () => {
    const events: HoverEvent[] = [
      { type: 'pointer-enter', target: 1 },
      { type: 'pointer-enter', target: 2 },
      { type: 'pointer-leave' },
      { type: 'focus', target: 1 },
      { type: 'pointer-leave' },
      { type: 'card-enter' },
      { type: 'escape' },
    ];
    const tokens = run(events).map(tokenOf);
    for (let i = 1; i < tokens.length; i++) expect(tokens[i]).toBeGreaterThanOrEqual(tokens[i - 1] as number);
  });
});

describe('hover state machine timings', () => {
  it('uses the dwell and grace it is given (the reader can change the dwell)', () => {
    const timings = { dwellMs: 900, graceMs: 250 };
    const enter = hoverReducer(initialHoverState, { type: 'pointer-enter', target: 1 }, timings);
    expect(enter.effects).toEqual([{ type: 'schedule', timer: 'dwell', ms: 900, token: enter.state.token }]);
    const open = hoverReducer(
      enter.state,
      { type: 'timer', timer: 'dwell', token: enter.state.token },
      timings,
    );
    const leave = hoverReducer(open.state, { type: 'pointer-leave' }, timings);
    expect(leave.effects).toEqual([{ type: 'schedule', timer: 'grace', ms: 250, token: leave.state.token }]);
  });
});
