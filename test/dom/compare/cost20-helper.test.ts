/**
 * Round 20 (cost, ADR 0022): the compare page's helper worker reads one side's facts over a
 * MessagePort; what it sends equals the side's facts read in place, and a comparison given them
 * (as compare.worker.ts runs it) equals one run alone. A helper that fails says so.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { articleFacts, compareArticles, startComparison } from '../../../src/core/compare';
import { parseGoldPair } from '../../../src/core/compare/gold';
import { BUNDLED_PACKS } from '../../../src/core/facts/bundled';
import { buildFactBase } from '../../../src/core/facts/factbase';
import { askFacts, serveFacts } from '../../../src/pages/compare/facts-helper';
import { nextTask } from '../../../src/pages/compare/next-task';
import pairText from '../../fixtures/compare/pairs/01-kazan-wire-vs-analysis.txt?raw';

const factBase = buildFactBase(BUNDLED_PACKS);
const pair = parseGoldPair(pairText);
const a = { text: pair.a.text, published: pair.a.published };
const b = { text: pair.b.text, published: pair.b.published };

const open: MessagePort[] = [];
function channel() {
  const c = new MessageChannel();
  open.push(c.port1, c.port2);
  return c;
}
afterEach(() => {
  for (const p of open.splice(0)) p.close();
});

describe('side B’s facts from a helper (round 20)', () => {
  it('sends the facts read in place; the comparison given them is the one run alone', async () => {
    const { port1, port2 } = channel();
    serveFacts(port2, async () => factBase);
    const asked = askFacts(port1)(1, b);
    expect(asked.ready()).toBeUndefined();
    const facts = await asked.settled;
    expect(facts).toEqual(articleFacts(b, { factBase }));
    expect(asked.ready()).toBe(facts);
    const run = startComparison(a, b, { factBase, facts: { b: asked.ready } });
    expect(run.result()).toEqual(compareArticles(a, b, { factBase }));
  });

  it('answers each request by its id', async () => {
    const { port1, port2 } = channel();
    serveFacts(port2, async () => factBase);
    const ask = askFacts(port1);
    const [first, second] = [ask(1, a), ask(2, b)];
    expect(await second.settled).toEqual(articleFacts(b, { factBase }));
    expect(await first.settled).toEqual(articleFacts(a, { factBase }));
  });

  it('says when it failed, so the engine reads the side itself', async () => {
    const { port1, port2 } = channel();
    serveFacts(port2, () => Promise.reject(new Error('no fact base')));
    const asked = askFacts(port1)(1, b);
    expect(await asked.settled).toBeNull();
    expect(asked.failed()).toBe(true);
    expect(asked.ready()).toBeUndefined();
  });
});

describe('a step loop’s yield without timers (round 20)', () => {
  it('resolves after the task that called it, letting a message posted before it through first', async () => {
    const order: string[] = [];
    const { port1, port2 } = channel();
    port1.onmessage = () => order.push('message');
    port2.postMessage(null);
    queueMicrotask(() => order.push('microtask'));
    await nextTask();
    order.push('yielded');
    expect(order).toEqual(['microtask', 'message', 'yielded']);
  });
});
