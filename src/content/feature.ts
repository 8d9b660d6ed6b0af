/**
 * Content features are small modules with a lifecycle: `init(signal)` sets up listeners
 * and state, and everything is torn down when `signal` aborts (page hide, extension
 * update, a newer copy of the script, an in-page navigation). Modelled on refined-github's
 * feature manager.
 */
import type { PageReading } from '../core/messages';
import type { DisplaySettings } from '../core/settings';
import { send } from '../platform/content-messaging';
import { task } from './timing';

/** What the probe's answer already told a starting feature (ADR 0017, 0026). */
export interface FeatureStart {
  /** How to show things. */
  readonly display: DisplaySettings;
  /** The worker's reading of the page, when the answer brought it (undefined: the feature asks). */
  readonly reading?: PageReading | null;
}

export interface Feature {
  readonly name: string;
  /** Starts the feature; `given`: what the caller already has. */
  init(signal: AbortSignal, given?: FeatureStart): void | Promise<void>;
}

/**
 * Reports an error caught in Gloss's code to the background worker, so nothing reaches
 * the page's console.
 */
export function report(context: string, error: unknown): void {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  void send('error/report', { context, message: message.slice(0, 4000) });
}

/**
 * Wraps an event handler or timer callback so that it can never throw into the page; each
 * call is one of Gloss's tasks (timed in the bench build).
 */
export function guarded<A extends unknown[]>(
  context: string,
  fn: (...args: A) => void,
): (...args: A) => void {
  return (...args: A) =>
    task(() => {
      try {
        fn(...args);
      } catch (e) {
        report(context, e);
      }
    });
}

/** Starts each feature; one feature failing does not stop the others. */
export function startFeatures(features: readonly Feature[], signal: AbortSignal, given?: FeatureStart): void {
  for (const feature of features) {
    try {
      Promise.resolve(task(() => feature.init(signal, given))).catch((e: unknown) => report(feature.name, e));
    } catch (e) {
      report(feature.name, e);
    }
  }
}
