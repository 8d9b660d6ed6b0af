/**
 * The annotate feature, injected by the worker on pages where the fact base has something
 * to say (ADR 0011): highlight what it knows on the article and show a card on hover or
 * keyboard focus. Follows the reader's settings live (off for this site, paused, style,
 * verdicts, dwell, theme, language) without ever reading them: the worker says when they
 * changed, and answers for this page's host only (ADR 0017). The probe stops it (its signal
 * aborts) on an in-page navigation and starts it again if the new page has something too.
 */
import type { DisplaySettings } from '../../../core/settings';
import { supportsHighlights } from '../../../dom/highlights';
import { handle, send } from '../../../platform/content-messaging';
import { type Feature, guarded, report } from '../../feature';
import { emptySummary } from '../../probe/summary';
import { holdStyle, needStyle } from '../../style';
import { Session } from './session';

/** Asks the worker whether Gloss is on for this page's host, and how to show what it finds. */
async function askDisplay(): Promise<{ off: boolean; display: DisplaySettings } | null> {
  const reply = await send('page/display', {});
  return reply.ok ? reply.value : null;
}

export const annotate: Feature = {
  name: 'annotate',
  async init(signal, given) {
    if (!supportsHighlights(window)) return;
    // The probe passes what the worker answered; asked again only if it did not.
    const first = given ? { off: false, display: given.display } : await askDisplay();
    if (signal.aborted || !first) return;
    let display = first.display;
    let off = first.off;
    // The worker's first reading came with the probe's answer (ADR 0026); a restart asks again.
    let reading = given?.reading;
    let ids = 0;
    const nextId = () => ids++;
    let session: Session | null = null;
    let controller: AbortController | null = null;
    // Whether the worker was asked to put Gloss's stylesheet in this frame.
    let styled = false;
    const style = (on: boolean) => {
      if (on === styled && !on) return;
      styled = on;
      needStyle('highlights', on);
    };

    const stop = () => {
      controller?.abort();
      controller = null;
      session = null;
      style(false);
    };
    const start = async () => {
      stop();
      if (off) return;
      const own = new AbortController();
      controller = own;
      // The parse is its own task (measured apart from this setup in the bench build).
      await Promise.resolve();
      if (own.signal.aborted) return;
      const s = new Session(window, display, nextId, own.signal);
      const given = reading;
      reading = undefined; // used once: a later start reads the page again
      const started = await s.start(given);
      if (own.signal.aborted) return;
      session = started ? s : null;
      const shown = session ? session.visible().length : 0;
      // No stylesheet where Gloss marks nothing (ADR 0017). The sheet is asked for with the count:
      // one message after placing (ADR 0039 round 4).
      const sheet = shown > 0;
      if (sheet) {
        styled = true;
        holdStyle('highlights');
      }
      void send('page/annotated', { count: shown, sheet });
    };
    const restart = () => start().catch((e: unknown) => report('annotate', e));

    const onChanged = guarded('settings-changed', () => {
      void askDisplay().then((answer) => {
        if (!answer || signal.aborted) return;
        const wasOff = off;
        off = answer.off;
        display = answer.display;
        if (off) stop();
        else if (wasOff || !session) void restart();
        else {
          session.apply(display);
          style(session.visible().length > 0); // the style may have changed: the worker re-inserts
        }
        if (off && !wasOff) void send('page/annotated', { count: 0, sheet: false });
      });
    });

    const stopHandling = handle({
      'page/summary': () => session?.summary() ?? emptySummary(document),
      'page/reveal': ({ annotationId }) => session?.reveal(annotationId) ?? null,
      'page/open': ({ annotationId }) => session?.open(annotationId) ?? false,
      'page/step': ({ direction }) => session?.step(direction) ?? false,
      'settings/changed': () => {
        onChanged();
        return null;
      },
    });
    signal.addEventListener('abort', () => {
      stop();
      stopHandling();
    });
    await start();
  },
};
