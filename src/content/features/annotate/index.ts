/**
 * The annotate feature: highlight what the fact base knows on an article page and show a
 * card on hover or keyboard focus. Follows the reader's settings live (off for this site,
 * paused, style, verdicts, dwell, theme, language) and starts over after an in-page
 * navigation. Pages without an article get nothing but the message handler the popup uses.
 */
import { CARD_CONTEXT } from '../../../core/facts/base';
import { isOffFor, type Settings } from '../../../core/settings';
import { supportsHighlights } from '../../../dom/highlights';
import { handle, send } from '../../../platform/messaging';
import { loadSettings, onSettingsChanged } from '../../../platform/settings';
import { type Feature, guarded } from '../../feature';
import { watchUrl } from './dynamic';
import { Session } from './session';

/** After an in-page navigation, wait this long for the new content before re-reading (ms). */
const NAVIGATION_SETTLE_MS = 800;

export const annotate: Feature = {
  name: 'annotate',
  async init(signal) {
    if (!supportsHighlights(window)) return;
    let settings: Settings = await loadSettings();
    if (signal.aborted) return;
    let ids = 0;
    const nextId = () => ids++;
    let session: Session | null = null;
    let controller: AbortController | null = null;

    const stop = () => {
      controller?.abort();
      controller = null;
      session = null;
    };
    const start = () => {
      stop();
      if (isOffFor(settings, location.hostname)) return;
      controller = new AbortController();
      const s = new Session(window, settings, nextId, controller.signal);
      session = s.start() ? s : null;
      void send('page/annotated', { count: session ? session.visible().length : 0 });
    };

    const stopHandling = handle({
      'page/summary': () =>
        session?.summary() ?? {
          url: location.href,
          title: document.title,
          lang: document.documentElement.lang || null,
          factsLang: CARD_CONTEXT.lang,
          annotations: [],
        },
      'page/reveal': ({ annotationId }) => session?.reveal(annotationId) ?? null,
      'page/open': ({ annotationId }) => session?.open(annotationId) ?? false,
      'page/step': ({ direction }) => session?.step(direction) ?? false,
    });
    const stopSettings = onSettingsChanged(
      guarded('settings-changed', (next: Settings) => {
        const wasOff = isOffFor(settings, location.hostname);
        settings = next;
        const off = isOffFor(next, location.hostname);
        if (off) stop();
        else if (wasOff || !session) start();
        else session.apply(next);
        if (off !== wasOff) void send('page/annotated', { count: session?.visible().length ?? 0 });
      }),
    );
    let settle: ReturnType<typeof setTimeout> | null = null;
    watchUrl(
      window,
      () => {
        stop();
        if (settle !== null) clearTimeout(settle);
        settle = setTimeout(guarded('navigation', start), NAVIGATION_SETTLE_MS);
      },
      signal,
    );
    signal.addEventListener('abort', () => {
      stop();
      stopHandling();
      stopSettings();
      if (settle !== null) clearTimeout(settle);
    });
    start();
  },
};
