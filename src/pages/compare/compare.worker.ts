/**
 * The compare page's Web Worker: builds the reader's fact base (the bundled packs and any
 * enabled user packs, read from IndexedDB, which workers can open) and runs the engine step
 * by step, posting progress and what is known so far (sentences, then pairs, then diffs) so
 * the page renders progressively and never runs the engine on its own thread. Between steps
 * it yields, so a cancellation (the reader chose another side) is heard. It also parses
 * dropped HTML files (linkedom, loaded on the first one: workers have no DOMParser) and
 * Readability takes the article, so the page has no long task for a long file (ADR 0022).
 */
import { articleFacts, startComparison } from '../../core/compare';
import type { ComparePhase } from '../../core/compare/types';
import { BUNDLED_PACKS } from '../../core/facts/bundled';
import { buildFactBase, type FactBase } from '../../core/facts/factbase';
import { workerDomParser } from '../../dom/worker-dom';
import { GlossDb } from '../../storage/db';
import { loadFactBase } from '../../storage/factbase';
import { type AskedFacts, askFacts, serveFacts } from './facts-helper';
import { nextTask } from './next-task';
import type { FromWorker, ToWorker } from './worker-protocol';

/** The worker's global, typed by what is used (the project's TS lib is the DOM's, not the worker's). */
const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ToWorker>) => void): void;
};
/**
 * The bundled packs without the build's precompiled index (a generated module only the worker
 * and content contexts import): the matcher compiles once per worker, about 40 ms, off the page.
 */
const bundled = { packs: BUNDLED_PACKS };

let base: Promise<FactBase> | null = null;
/** The fact base, built once per worker; the bundled base alone if storage fails. */
function factBase(): Promise<FactBase> {
  base ??= (async () => {
    const db = new GlossDb();
    try {
      return (await loadFactBase(db, bundled)).base;
    } catch {
      return buildFactBase(bundled.packs);
    } finally {
      db.close();
    }
  })();
  return base;
}

const cancelled = new Set<number>();
const post = (message: FromWorker) => scope.postMessage(message);

/** How long a comparison waiting for its helper sleeps between looks for a cancel. */
const WAIT_MS = 20;
const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));
/** The helper worker that reads side B's facts, once the page has joined the two (facts-helper.ts). */
let ask: ((id: number, input: ToWorkerCompare['b']) => AskedFacts) | null = null;
type ToWorkerCompare = Extract<ToWorker, { type: 'compare' }>;

/** Phases after which the page gets a snapshot: sentences known, pairs chosen. */
const SNAPSHOT_AFTER: ReadonlySet<ComparePhase> = new Set(['segment', 'select']);

async function run(message: ToWorkerCompare): Promise<void> {
  const { id } = message;
  // Side B's facts from the helper, read there while this worker reads side A's (asked first, so
  // the helper builds its fact base while this one does); if the helper fails, read here after all.
  const asked = ask?.(id, message.b) ?? null;
  const base = await factBase();
  const factsB = asked
    ? () => asked.ready() ?? (asked.failed() ? articleFacts(message.b, { factBase: base }) : undefined)
    : undefined;
  const comparison = startComparison(message.a, message.b, {
    factBase: base,
    ...(factsB ? { facts: { b: factsB } } : {}),
  });
  let phase: ComparePhase = 'segment';
  let lastPost = 0;
  while (!comparison.step()) {
    if (cancelled.delete(id)) {
      asked?.cancel();
      return;
    }
    const progress = comparison.progress;
    const snapshot = progress.phase !== phase && SNAPSHOT_AFTER.has(phase);
    phase = progress.phase;
    const now = Date.now();
    if (snapshot || now - lastPost > 100) {
      lastPost = now;
      post({ type: 'progress', id, progress, partial: snapshot ? comparison.snapshot() : null });
    }
    await (progress.waiting && asked ? Promise.race([asked.settled, sleep(WAIT_MS)]) : nextTask());
  }
  if (cancelled.delete(id)) return;
  post({ type: 'done', id, result: comparison.result() });
}

/** Parses one file; linkedom and Readability are loaded on the first (a comparison of clips needs neither). */
async function parse(message: Extract<ToWorker, { type: 'parse-html' }>): Promise<void> {
  const [{ htmlArticle }, html] = await Promise.all([import('./files'), workerDomParser()]);
  post({ type: 'parsed', id: message.id, article: htmlArticle(message.html, html) });
}

scope.addEventListener('message', (e: MessageEvent<ToWorker>) => {
  const message = e.data;
  if (message.type === 'cancel') {
    cancelled.add(message.id);
    return;
  }
  if (message.type === 'helper' || message.type === 'serve') {
    const port = e.ports[0] as MessagePort;
    if (message.type === 'helper') ask = askFacts(port);
    else serveFacts(port, factBase);
    return;
  }
  (message.type === 'parse-html' ? parse(message) : run(message)).catch((err: unknown) =>
    post({ type: 'failed', id: message.id, message: err instanceof Error ? err.message : String(err) }),
  );
});
