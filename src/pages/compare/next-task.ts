/**
 * A macrotask boundary for the compare workers' step loops, so a message (a cancel, a helper's
 * answer) is delivered between steps. A MessageChannel message, not `setTimeout(0)`: browsers
 * clamp a timer set from within five nested timers to at least 4 ms, so a loop of timer yields
 * sleeps 4 ms per step (measured in headless Chromium's worker: 50 yields 227 ms by timer,
 * 2.7 ms by channel). A 2 000-word comparison has about 30 steps (ADR 0022, "Round 20, cost").
 */
export function nextTask(): Promise<void> {
  return new Promise<void>((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
