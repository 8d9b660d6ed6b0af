/**
 * The probe (ADR 0011), injected by the worker only into pages that passed its first gate on
 * their title and URL, or that the reader asked to check (ADR 0021): no page loads it by
 * itself. It reads the page's text cheaply and asks the worker whether the fact base has
 * anything to say; only then does it start the annotate feature, which comes in the same file
 * (ADR 0026), with the settings the worker sent. It starts over after an in-page navigation.
 * Injected again into a document where a copy already runs, it leaves that copy be. Only where the worker said Gloss
 * is off for the site does it listen for the worker's word that the settings changed (the one
 * change that can turn the answer); it never reads the settings itself (ADR 0017). A copy left
 * running by an extension update is stopped (its teardown is kept on the isolated world's
 * global, which the page cannot see), and so is one whose extension context went away.
 */
// First, so that the bench build times the file's evaluation from its start (content/timing.ts).
import './timing';
import { isContextAlive } from '../platform/browser';
import { handle, send } from '../platform/content-messaging';
import { guarded, report, startFeatures } from './feature';
import { annotate } from './features/annotate';
import { pageHtml } from './features/annotate/annotations';
import { glossGlobal } from './globals';
import { watchNavigation } from './probe/navigation';
import { emptySummary } from './probe/summary';
import { pageText } from './probe/text';
import { evaluated, now, sinceLoad, span, task } from './timing';

/** After an in-page navigation, wait this long for the new content before reading it (ms). */
const NAVIGATION_SETTLE_MS = 800;

function main(): void {
  const g = glossGlobal();
  // The worker injects again after its own restart (it forgets which tabs have a probe): the
  // copy already running follows this document's navigations itself.
  if (g.__glossTeardown && isContextAlive()) return;
  g.__glossTeardown?.();
  const controller = new AbortController();
  const { signal } = controller;
  const teardown = () => controller.abort();
  g.__glossTeardown = teardown;
  // Only the browser's own pagehide: a page script's made-up one must not switch Gloss off.
  addEventListener('pagehide', (e) => e.isTrusted && !e.persisted && controller.abort(), { signal });

  let running: AbortController | null = null;
  // The revisit feature (saved passages shown again, opt-in; docs/adr/0019-revisit.md).
  let revisiting: AbortController | null = null;
  // While the feature is not running, the probe answers the popup (which then still offers the
  // site switch); the running feature answers for itself.
  let answering: (() => void) | null = null;
  const answer = () => {
    answering ??= handle({ 'page/summary': () => emptySummary(document) });
  };
  const stop = () => {
    running?.abort();
    running = null;
    revisiting?.abort();
    revisiting = null;
    answer();
  };
  // Only when the worker said the reader opted in: which saved passages does this page have?
  const revisit = async () => {
    const own = new AbortController();
    revisiting = own;
    const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href ?? null;
    const found = await send('revisit/find', { canonical, loaded: Boolean(g.__glossRevisit) });
    const start = g.__glossRevisit;
    if (own.signal.aborted || !found.ok || !found.value.passages.length || !start) return;
    task(() => start(found.value.passages, AbortSignal.any([signal, own.signal])));
  };
  // While Gloss is off for the site and nothing runs, a settings change (Gloss switched back
  // on) is a reason to ask again; the running feature follows the settings itself.
  let stopSettings: (() => void) | null = null;
  const listenForSettings = () => {
    stopSettings ??= handle({
      'settings/changed': () => {
        if (!running) void probe().catch(() => undefined);
        return null;
      },
    });
  };
  const probe = async () => {
    stop();
    const asked = now();
    const text = pageText(document);
    // A page with more text than any article (a 5 MB dump, a log) is not parsed at all: Readability
    // on it would hold the page's main thread for seconds. Gloss stands aside (ADR 0017).
    if (text === null) return;
    // The document goes with the text (ADR 0026): where the text has something, the worker reads it
    // at once and the answer brings the annotations (one message instead of two).
    const result = await send('page/probe', { text, html: pageHtml(document) });
    const start = task(() => {
      span('gloss:probe', asked); // the worker's round trip (bench build)
      sinceLoad('gloss:first-answer'); // the page's load → this answer: the gate, the injection, the probe (and the parse)
      const answer = result.ok ? result.value : null;
      if (signal.aborted || !answer) return null;
      if (answer.off) listenForSettings();
      if (!answer.show || running) return null;
      running = new AbortController();
      answering?.();
      answering = null;
      const featureSignal = AbortSignal.any([signal, running.signal]);
      const display = answer.display;
      const given = display ? { display, reading: answer.reading } : undefined;
      return () => startFeatures([annotate], featureSignal, given);
    });
    start?.(); // the feature's first task is its own (not nested in this one)
    if (result.ok && result.value.revisit && !signal.aborted)
      void revisit().catch((e) => report('revisit', e));
  };

  // No polling: an orphaned copy (extension reloaded) notices when the reader comes back to it.
  const alive = guarded('liveness', (e: Event) => {
    if (e.isTrusted && !isContextAlive()) controller.abort();
  });
  const activity = { capture: true, passive: true, signal };
  addEventListener('pointerdown', alive, activity);
  addEventListener('keydown', alive, activity);
  document.addEventListener('visibilitychange', alive, { signal });

  let settle: ReturnType<typeof setTimeout> | null = null;
  watchNavigation(
    window,
    () => {
      stop();
      if (settle !== null) clearTimeout(settle);
      settle = setTimeout(guarded('navigation', probe), NAVIGATION_SETTLE_MS);
    },
    signal,
  );
  signal.addEventListener('abort', () => {
    if (g.__glossTeardown === teardown) g.__glossTeardown = undefined;
    stop();
    answering?.();
    stopSettings?.();
    if (settle !== null) clearTimeout(settle);
  });
  void probe();
}

try {
  evaluated();
  task(main);
} catch {
  // Never throw into the page.
}
