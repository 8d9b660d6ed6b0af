/**
 * The annotate feature, injected by the worker on pages where the fact base has something
 * to say (ADR 0011): highlight what it knows on the article and show a card on hover or
 * keyboard focus. Follows the reader's settings live (off for this site, paused, style,
 * verdicts, dwell, theme, language). The probe stops it (its signal aborts) on an in-page
 * navigation and starts it again if the new page has something too.
 */
import { isOffFor, type Settings } from '../../../core/settings';
import { supportsHighlights } from '../../../dom/highlights';
import { handle, send } from '../../../platform/messaging';
import { loadSettings, onSettingsChanged } from '../../../platform/settings';
import { type Feature, guarded, report } from '../../feature';
import { emptySummary } from '../../probe/summary';
import { Session } from './session';

export const annotate: Feature = {
  name: 'annotate',
  async init(signal, given) {
    if (!supportsHighlights(window)) return;
    // The probe passes the settings the worker read for its answer: no storage read here.
    let settings: Settings = given ?? (await loadSettings());
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
    const start = async () => {
      stop();
      if (isOffFor(settings, location.hostname)) return;
      const own = new AbortController();
      controller = own;
      // The parse is its own task (measured apart from this setup in the bench build).
      await Promise.resolve();
      if (own.signal.aborted) return;
      const s = new Session(window, settings, nextId, own.signal);
      const started = await s.start();
      if (own.signal.aborted) return;
      session = started ? s : null;
      void send('page/annotated', { count: session ? session.visible().length : 0 });
    };
    const restart = () => start().catch((e: unknown) => report('annotate', e));

    const stopHandling = handle({
      'page/summary': () => session?.summary() ?? emptySummary(document),
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
        else if (wasOff || !session) void restart();
        else session.apply(next);
        if (off !== wasOff && off) void send('page/annotated', { count: 0 });
      }),
    );
    signal.addEventListener('abort', () => {
      stop();
      stopHandling();
      stopSettings();
    });
    await start();
  },
};
