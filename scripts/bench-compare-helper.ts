/**
 * bench:compare's second thread: the compare page's helper worker (src/pages/compare/facts-helper.ts)
 * in a Node worker thread, bundled by bench-compare.ts with esbuild (tsx does not load into a worker thread).
 * It builds its own fact base, then serves side B's facts on the port it is given.
 */
import { type MessagePort, workerData } from 'node:worker_threads';
import { buildFactBase } from '../src/core/facts/factbase';
import { serveFacts } from '../src/pages/compare/facts-helper';
import { loadPacks } from './vite/fact-base-plugin';

const { port, data } = workerData as { port: MessagePort; data: string };
const base = buildFactBase(loadPacks(data));
void base.matcher;
serveFacts(port as never, async () => base);
