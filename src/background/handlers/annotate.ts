/**
 * The engine side of annotating a page (ADR 0011): the probe asks whether the fact base has
 * anything to say about a page's text, and only then is the annotate feature injected; the
 * injected feature sends the article's text and receives records and card views.
 */
import { annotateWith } from '../../core/facts/factbase';
import type { RequestOf, ResponseOf } from '../../core/messages';
import { isOffFor } from '../../core/settings';
import type { Sender } from '../../platform/messaging';
import { loadSettings } from '../../platform/settings';
import { factBase } from '../engine/factbase';
import { viewsAround } from '../engine/views';

export interface AnnotateDeps {
  /** Injects the annotate feature into the sender's frame. */
  readonly inject: (tabId: number, frameId: number) => Promise<void>;
}

const hostOf = (url: string | undefined): string => {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
};

/**
 * Anything to annotate on this page's text (with the reader's settings for its site)? When
 * yes and the feature is not in the frame yet, it is injected before the reply.
 */
export async function onProbe(
  payload: RequestOf<'page/probe'>,
  sender: Sender,
  deps: AnnotateDeps,
): Promise<ResponseOf<'page/probe'>> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { show: false, off: false, settings: null };
  const settings = await loadSettings();
  if (isOffFor(settings, hostOf(sender.url ?? sender.tab?.url))) return { show: false, off: true, settings };
  // Saved passages (opt-in): the probe asks for them separately, so this answer stays cheap.
  const revisit = settings.revisit;
  if (annotateWith(factBase(), payload.text, null).length === 0)
    return { show: false, off: false, settings, revisit };
  if (!payload.loaded) await deps.inject(tabId, sender.frameId ?? 0);
  return { show: true, off: false, settings, revisit };
}

/** The engine on an article's text: its records and the card views they need. */
export function onAnalyze(payload: RequestOf<'page/analyze'>): ResponseOf<'page/analyze'> {
  const base = factBase();
  const records = annotateWith(base, payload.text, payload.published);
  return {
    records,
    views: viewsAround(
      base,
      records.flatMap((r) => r.factIds),
    ),
  };
}

/** Views of facts opened inside a card, with their neighbours (the next step's). */
export function onCardViews(payload: RequestOf<'card/views'>): ResponseOf<'card/views'> {
  return viewsAround(factBase(), payload.factIds);
}
