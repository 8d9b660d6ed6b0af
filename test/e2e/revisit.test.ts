/**
 * Revisit (issue #9, docs/adr/0019-revisit.md), in both browsers: a passage saved on a seed page is
 * not shown when the page is opened again with the setting off (the default); with it on, it is
 * highlighted (`gloss-mark`, text only, nothing of the clip in the page's DOM); on the page edited
 * so the passage is gone, nothing is highlighted and the popup lists it as an orphan.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from '../support/browsers';
import { outcome, saveWithNote, selectAround } from '../support/clip-flows';
import { expectHighlight, sleep, useBrowser } from '../support/e2e';
import { type Messenger, openWithMessenger } from '../support/messenger';

const SEED = 'seeds/coverage-b.html';
const PHRASE = 'military standoff along the Line of Actual Control';
const NOTE = 'Revisit note with the word quartzite';
const MARK = 'gloss-mark';

/** Main world: the text of each range in a highlight, or null when it is not registered. */
function marked(name: string): string[] | null {
  const h = CSS.highlights.get(name) as unknown as Iterable<AbstractRange> | undefined;
  if (!h) return null;
  // Gloss registers StaticRanges (the page cannot move them): read each through a live Range.
  return [...h].map((r) => {
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    return live.toString();
  });
}

/** Main world, before the page's scripts: the paragraph with the saved passage is rewritten. */
function rewritePassage(): void {
  document.addEventListener('DOMContentLoaded', () => {
    const p = [...document.querySelectorAll('p')].find((x) =>
      x.textContent?.includes('Line of Actual Control'),
    );
    if (p) p.textContent = 'This paragraph was rewritten after the reader saved it; its old words are gone.';
  });
}

/** The page's answer to `revisit/status`; null when nothing answers (no revisit feature there). */
async function statusOf(m: Messenger): Promise<unknown> {
  const reply = (await m.send('revisit/status', {}).catch(() => undefined)) as
    | { ok?: boolean; value?: unknown }
    | undefined;
  return reply?.ok ? reply.value : null;
}

/** Popup: the orphans' quotes, once listed. */
function orphans(): string[] | null {
  const list = document.querySelector('[data-testid="orphans"]');
  return list ? [...list.querySelectorAll('li')].map((li) => li.textContent ?? '') : null;
}

describe.each(BROWSER_NAMES)('revisit in %s', (name) => {
  const e2e = useBrowser(name);
  let settings: Messenger | null = null;
  afterEach(async () => {
    await settings?.resetSettings();
  });

  it('off by default: nothing; on: the saved passage is highlighted; edited away: an orphan in the popup', async () => {
    // Save a passage from the popup.
    const first = await openWithMessenger(e2e, SEED);
    settings = first.messenger;
    await expectHighlight(first.page, 1);
    const selected = await first.page.evaluate(selectAround, [PHRASE, 0, 0] as [string, number, number]);
    expect(selected).toBe(PHRASE);
    const popup = await e2e.openExtensionPage(`src/pages/popup/index.html?tab=${first.messenger.tabId}`);
    await popup.waitForFunction(() => document.querySelector('[data-testid="save-button"]') !== null, null, {
      what: 'the popup',
    });
    await popup.evaluate(saveWithNote, NOTE);
    await expect
      .poll(() => popup.evaluate(outcome), { timeout: 10_000, message: 'the save outcome' })
      .toMatchObject({ saved: 'yes' });
    await popup.close();
    await first.page.close();

    // The setting is off (the default): the page opened again shows Gloss's terms, no saved passage.
    const off = await openWithMessenger(e2e, SEED);
    await expectHighlight(off.page, 1);
    await sleep(1_000);
    expect(await off.page.evaluate(marked, MARK)).toBeNull();
    expect(await statusOf(off.messenger), 'no revisit feature in the page').toBeNull();
    await off.page.close();

    // On: the passage is highlighted, and nothing of the clip is in the page's DOM.
    await off.messenger.setSettings({ revisit: true });
    const on = await openWithMessenger(e2e, SEED);
    await expect
      .poll(() => on.page.evaluate(marked, MARK), {
        timeout: 10_000,
        message: 'the saved passage highlighted',
      })
      .toEqual([PHRASE]);
    const html = await on.page.evaluate(() => document.documentElement.outerHTML);
    expect(html).not.toContain('quartzite');
    expect(await on.messenger.send('revisit/status', {})).toEqual({
      ok: true,
      value: { shown: 1, orphans: [] },
    });
    await on.page.close();

    // The page edited so the passage is gone: nothing highlighted, the popup lists it as an orphan.
    const edited = await openWithMessenger(e2e, SEED, rewritePassage);
    await expect
      .poll(() => statusOf(edited.messenger), { timeout: 10_000, message: 'the revisit feature answered' })
      .toEqual({ shown: 0, orphans: [PHRASE] });
    expect(await edited.page.evaluate(marked, MARK)).toBeNull();
    const editedPopup = await e2e.openExtensionPage(
      `src/pages/popup/index.html?tab=${edited.messenger.tabId}`,
    );
    await expect
      .poll(() => editedPopup.evaluate(orphans), { timeout: 10_000, message: 'the orphan in the popup' })
      .toEqual([PHRASE]);
  });
});
