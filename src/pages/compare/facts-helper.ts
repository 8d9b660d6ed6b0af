/**
 * The compare page's second worker: it reads one side's facts (the claim engine over that
 * article, half of a comparison's work) while the engine worker reads the other side's, so on
 * two cores a comparison waits for about half its claim analysis (ADR 0022, "Round 20, cost").
 * Both workers are instances of compare.worker.ts; the page joins them with a MessageChannel.
 * The engine worker asks (`askFacts`), the helper answers (`serveFacts`); a side's facts are the
 * same wherever they are computed (core/compare/side-facts.ts), and if the helper fails the engine
 * computes them itself.
 */
import { articleFactsSteps, type SideFacts } from '../../core/compare';
import type { FactSource } from '../../core/compare/facts';
import type { ArticleInput } from '../../core/compare/types';
import { nextTask } from './next-task';

/** Engine → helper. */
export type FactsRequest =
  | { readonly type: 'facts'; readonly id: number; readonly input: ArticleInput }
  | { readonly type: 'cancel'; readonly id: number };

/** Helper → engine. */
export type FactsReply =
  | { readonly type: 'facts'; readonly id: number; readonly facts: SideFacts }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

/** The smallest part of a MessagePort used here (a test passes a MessageChannel's ports). */
export interface PortLike<In, Out> {
  postMessage(message: Out): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<In>) => void): void;
  start(): void;
}

/** The helper's side: answers each request with the side's facts, chunk by chunk; a cancelled one gets no answer. */
export function serveFacts(port: PortLike<FactsRequest, FactsReply>, base: () => Promise<FactSource>): void {
  const cancelled = new Set<number>();
  const read = async (id: number, input: ArticleInput) => {
    const steps = articleFactsSteps(input, { factBase: await base() });
    for (let next = steps.next(); ; next = steps.next()) {
      if (cancelled.delete(id)) return;
      if (next.done) return port.postMessage({ type: 'facts', id, facts: next.value });
      await nextTask();
    }
  };
  port.addEventListener('message', (e) => {
    const message = e.data;
    if (message.type === 'cancel') cancelled.add(message.id);
    else
      read(message.id, message.input).catch((err: unknown) =>
        port.postMessage({
          type: 'failed',
          id: message.id,
          message: err instanceof Error ? err.message : String(err),
        }),
      );
  });
  port.start();
}

/** One side's facts asked of the helper: `ready()` gives them once they came, `settled` resolves then (or on failure). */
export interface AskedFacts {
  readonly ready: () => SideFacts | undefined;
  /** Resolves with the facts, or with null if the helper failed (the engine then reads the side itself). */
  readonly settled: Promise<SideFacts | null>;
  /** True once the helper said it failed. */
  readonly failed: () => boolean;
  readonly cancel: () => void;
}

/** The engine's side: asks the helper for one side's facts per comparison. */
export function askFacts(
  port: PortLike<FactsReply, FactsRequest>,
): (id: number, input: ArticleInput) => AskedFacts {
  const waiting = new Map<number, (reply: FactsReply) => void>();
  port.addEventListener('message', (e) => {
    waiting.get(e.data.id)?.(e.data);
    waiting.delete(e.data.id);
  });
  port.start();
  return (id, input) => {
    let facts: SideFacts | undefined;
    let failed = false;
    const settled = new Promise<SideFacts | null>((resolve) =>
      waiting.set(id, (reply) => {
        if (reply.type === 'facts') facts = reply.facts;
        else failed = true;
        resolve(facts ?? null);
      }),
    );
    port.postMessage({ type: 'facts', id, input });
    return {
      ready: () => facts,
      settled,
      failed: () => failed,
      cancel: () => {
        if (waiting.delete(id)) port.postMessage({ type: 'cancel', id });
      },
    };
  };
}
