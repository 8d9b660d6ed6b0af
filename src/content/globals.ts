/**
 * What the probe (with the annotate feature) and the files injected later share through the isolated world's
 * global object (the page cannot see it; ADR 0011).
 */
import type { RevisitPassage } from '../core/clips/revisit';
import type { createCards } from './features/annotate/card';
import type { PageContext } from './page-context';

export type GlossGlobal = typeof globalThis & {
  /** Stops the running copy of the content script (a newer one is starting). */
  __glossTeardown?: () => void;
  /** Builds the card presenter, once the worker has injected the card UI (content/cards.ts). */
  __glossCards?: typeof createCards;
  /** The parsed article and its records, shared by the annotate and clip features. */
  __glossPage?: PageContext;
  /** Set once the clip feature (injected on a save) listens in this world. */
  __glossClip?: boolean;
  /** The revisit feature, once the worker has injected it (docs/adr/0019-revisit.md). */
  __glossRevisit?: (passages: readonly RevisitPassage[], signal: AbortSignal) => void;
  /** The features that need Gloss's highlight stylesheet in this frame (content/style.ts). */
  __glossStyleUsers?: Set<string>;
};

export const glossGlobal = (): GlossGlobal => globalThis as GlossGlobal;
