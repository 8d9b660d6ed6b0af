/**
 * The revisit feature (docs/adr/0019-revisit.md): the reader's saved passages highlighted again on
 * a page they saved, when they chose so in Options. The worker sends only the passages' selectors;
 * this places them in the page's text (the annotate feature's parse when it ran, else one parse)
 * and registers them with the CSS Custom Highlight API under one neutral name (`gloss-mark`), which
 * the page's scripts can read: that is what the setting's explanation says. Nothing else of a clip
 * (its note, tags, title, the count of clips) is known here. Passages that cannot be placed
 * confidently are orphans, listed in the popup (`revisit/status`), never highlighted elsewhere.
 */
import type { RevisitPassage } from '../../../core/clips/revisit';
import type { RevisitStatus } from '../../../core/messages';
import { HighlightLayer, supportsHighlights } from '../../../dom/highlights';
import { parseArticle } from '../../../dom/readability';
import { handle, send } from '../../../platform/content-messaging';
import { guarded, report } from '../../feature';
import { needStyle } from '../../style';
import { passagePlacer } from './place';

/** The highlight's name: it says a passage is marked, not whose or why (the registry is the page's). */
export const REVISIT_HIGHLIGHT = 'gloss-mark';

/** Orphans' quotes are cut to this many characters for the popup's list. */
const ORPHAN_QUOTE_MAX = 200;

const cut = (s: string) => (s.length > ORPHAN_QUOTE_MAX ? `${s.slice(0, ORPHAN_QUOTE_MAX - 1)}…` : s);

/** An approximate search over a long text takes a few ms per passage: yield to the page this often. */
const SLICE_MS = 12;

const yieldToPage = () => new Promise<void>((ok) => setTimeout(ok, 0));

/** Places the passages in tasks of about SLICE_MS each (a page saved often may have many). */
async function place(win: Window, passages: readonly RevisitPassage[], signal: AbortSignal) {
  const doc = win.document;
  const placeOne = passagePlacer(doc, parseArticle(doc));
  const ranges: Range[] = [];
  const orphans: string[] = [];
  let started = performance.now();
  for (const passage of passages) {
    if (performance.now() - started > SLICE_MS) {
      await yieldToPage();
      if (signal.aborted) return null;
      started = performance.now();
    }
    const range = placeOne(passage);
    if (range) ranges.push(range);
    else orphans.push(cut(passage.quote.exact));
  }
  return { ranges, orphans };
}

/** Places `passages` in `win`'s page and keeps them highlighted until `signal` aborts. */
export function startRevisit(win: Window, passages: readonly RevisitPassage[], signal: AbortSignal): void {
  if (signal.aborted) return;
  let status: RevisitStatus = { shown: 0, orphans: [] };
  let off = false;
  const layer = new HighlightLayer(win, REVISIT_HIGHLIGHT);
  // The popup's question waits for the placing (a few tasks), so it never reads a half-done answer.
  const placed = supportsHighlights(win)
    ? place(win, passages, signal).then(
        (done) => {
          if (!done || signal.aborted || off) return;
          layer.set(done.ranges);
          status = { shown: done.ranges.length, orphans: done.orphans };
          // Highlights are styled by a stylesheet the worker inserts only where Gloss shows marks.
          if (done.ranges.length) needStyle('marks', true);
        },
        (e: unknown) => report('revisit', e),
      )
    : Promise.resolve();
  // The popup asks the top frame; a passage in a sub-frame is still highlighted there.
  const stopHandling =
    win.top === win
      ? handle({
          'revisit/status': async () => {
            await placed;
            return status;
          },
        })
      : () => undefined;
  // The reader switched the setting off (or Gloss off for the site): take the highlights away now.
  // The worker says the settings changed; what they are for this page it answers itself (ADR 0017).
  const recheck = guarded('revisit-settings', async () => {
    const answer = await send('page/display', {});
    if (signal.aborted || off || (answer.ok && answer.value.revisit)) return;
    off = true;
    layer.dispose();
    needStyle('marks', false);
    status = { shown: 0, orphans: [] };
  });
  const stopSettings = handle({
    'settings/changed': () => {
      void recheck();
      return null;
    },
  });
  // A page that cleared the registry gets the highlight back on the reader's next scroll or pointer move.
  const ensure = guarded('revisit-registry', () => {
    if (status.shown) layer.ensure();
  });
  const listen = { capture: true, passive: true, signal };
  win.addEventListener('scroll', ensure, listen);
  win.addEventListener('pointerdown', ensure, listen);
  signal.addEventListener('abort', () => {
    layer.dispose();
    needStyle('marks', false);
    stopHandling();
    stopSettings();
  });
}
