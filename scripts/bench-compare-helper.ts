/**
 * bench:compare's second thread: the compare page's helper worker (src/pages/compare/facts-helper.ts)
 * in a Node worker thread, bundled by bench-compare.ts with esbuild (tsx does not load into a worker thread).
 * It builds its own fact base, then serves side B's facts on the port it is given.
 */
import { readFileSync } from 'node:fs';
import { type MessagePort, workerData } from 'node:worker_threads';
import { buildFactBase } from '../src/core/facts/factbase';
import { serveFacts } from '../src/pages/compare/facts-helper';
import { loadPacks } from './vite/fact-base-plugin';

const { port, data } = workerData as { port: MessagePort; data: string };
const base = buildFactBase(loadPacks(data));
void base.matcher;
/** This thread's CPU time in ms (Linux: nanoseconds on CPU in /proc/thread-self/schedstat). */
const threadCpu = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
// Each answer carries the thread's CPU time since its request came (one request at a time here).
let since = 0;
const timed = {
  postMessage: (m: object) => port.postMessage({ ...m, cpu: threadCpu() - since }),
  addEventListener: (type: 'message', listener: (e: unknown) => void) =>
    port.addEventListener(type, (e) => {
      since = threadCpu();
      listener(e);
    }),
  start: () => port.start(),
};
serveFacts(timed as never, async () => base);
