/**
 * The clip feature: injected by the worker when the reader saves (context menu, keyboard
 * command, popup; docs/adr/0014-save-flow.md), it answers `clip/take` by reading the page,
 * sending the draft to the worker (`clips/save`, which stores it: the page's isolated world
 * never opens IndexedDB) and, for the menu and the command, showing the outcome in a notice.
 * It also answers `clip/draft` with the article read the same way, unsaved (the compare page's
 * current tab, issue #10): one path reads pages for both.
 */
import type { DraftOutcome, RequestOf, SaveOutcome } from '../../../core/messages';
import { handle, send } from '../../../platform/content-messaging';
import { resolveLanguage, translatorFor } from '../../../platform/i18n';
import { outcomeText } from '../../../ui/clip-outcome';
import { report } from '../../feature';
import { capture } from './capture';
import { showNotice } from './notice';

async function save(win: Window, request: RequestOf<'clip/take'>): Promise<SaveOutcome> {
  const taken = capture(win, request.scope, request.note);
  if ('refused' in taken) return { saved: false, reason: taken.refused };
  const reply = await send('clips/save', { draft: taken.draft, token: request.token });
  return reply.ok ? reply.value : { saved: false, reason: 'unreachable', detail: reply.error };
}

async function notify(win: Window, outcome: SaveOutcome): Promise<void> {
  // The UI language from the worker (content scripts never read the settings, ADR 0017).
  const display = await send('page/display', {});
  const lang = resolveLanguage(display.ok ? display.value.display.language : 'auto');
  showNotice(win.document, outcomeText(translatorFor(lang), outcome), !outcome.saved, lang);
}

/** The article as a draft, without saving it. */
function draft(win: Window): DraftOutcome {
  try {
    const taken = capture(win, 'article', '');
    return 'refused' in taken ? { refused: taken.refused } : { draft: taken.draft };
  } catch (e) {
    report('clip-draft', e);
    return { refused: 'unreachable' };
  }
}

/** Listens for `clip/take` and `clip/draft` in this frame for the page's lifetime. */
export function startClip(win: Window): void {
  handle({
    'clip/draft': () => draft(win),
    'clip/take': async (request) => {
      const outcome = await save(win, request).catch((e: unknown): SaveOutcome => {
        report('clip', e);
        return { saved: false, reason: 'unreachable' };
      });
      if (request.notify) await notify(win, outcome).catch((e: unknown) => report('clip-notice', e));
      return outcome;
    },
  });
}
