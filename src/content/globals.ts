/**
 * What the probe and the injected annotate feature share through the isolated world's
 * global object (the page cannot see it; ADR 0011).
 */
import type { Feature } from './feature';

export type GlossGlobal = typeof globalThis & {
  /** Stops the running copy of the content script (a newer one is starting). */
  __glossTeardown?: () => void;
  /** The annotate feature, once the worker has injected it. */
  __glossAnnotate?: Feature;
};

export const glossGlobal = (): GlossGlobal => globalThis as GlossGlobal;
