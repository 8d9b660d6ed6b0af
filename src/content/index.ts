/**
 * Content script entry. Runs at document_idle in an isolated world on http(s) pages.
 * A copy left running by an extension update is stopped (its teardown is kept on the
 * isolated world's global, which the page cannot see), then the features start.
 */
import { isContextAlive } from '../platform/browser';
import { type Feature, startFeatures } from './feature';
import { annotate } from './features/annotate';

const FEATURES: readonly Feature[] = [annotate];

type GlossGlobal = typeof globalThis & { __glossTeardown?: () => void };

function main(): void {
  const g = globalThis as GlossGlobal;
  g.__glossTeardown?.();
  const controller = new AbortController();
  g.__glossTeardown = () => controller.abort();
  // Stop when the page is discarded, or the extension context goes away under us.
  addEventListener('pagehide', (e) => e.persisted || controller.abort(), { once: true });
  const liveness = setInterval(() => {
    if (!isContextAlive()) controller.abort();
  }, 5_000);
  controller.signal.addEventListener('abort', () => clearInterval(liveness));
  startFeatures(FEATURES, controller.signal);
}

try {
  main();
} catch {
  // Never throw into the page.
}
