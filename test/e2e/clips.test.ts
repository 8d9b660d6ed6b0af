/**
 * Saving clips (issue #9, docs/adr/0014-save-flow.md), in both browsers: a passage selected on a
 * seed page is saved from the popup with a note; the library lists it with its facts and finds
 * it by a word of its note; a JSON export, a cleared database and an import give the same clips;
 * the reader view of the stored copy loads nothing (the fixture server's request log, and the
 * library's resource timing). A selection in a form field, an editable area or across an embedded
 * frame is refused with its reason; on a page without an article the selection is saved alone.
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from '../support/browsers';
import { outcome, saveWithNote, selectAround } from '../support/clip-flows';
import { expectHighlight, sleep, useBrowser } from '../support/e2e';
import { openWithMessenger } from '../support/messenger';
import type { GlossPage } from '../support/page';

const SEED = 'seeds/coverage-b.html';
const NOTE = 'Compare with the marmalade briefing';
/** An image the seed page gets before Gloss reads it: its one request is the page's, never the reader's. */
const PROBE = '/favicon.ico?gloss-reader-probe';
const LIBRARY = 'src/pages/library/index.html';

/** Main world, before the page's scripts: puts an image from the fixture server into the article. */
function addProbeImage(): void {
  document.addEventListener('DOMContentLoaded', () => {
    const p = [...document.querySelectorAll('p')].find((x) => x.textContent?.includes('Line of Actual'));
    const img = document.createElement('img');
    img.src = '/favicon.ico?gloss-reader-probe';
    img.alt = 'reader probe';
    img.width = 40;
    img.height = 40;
    p?.before(img);
  });
}

/** Library: the rows' titles (null until the list has loaded). */
function rowTitles(): string[] | null {
  if (/Loading/i.test(document.querySelector('[data-testid="count"]')?.textContent ?? 'Loading')) return null;
  return [...document.querySelectorAll('[data-testid="clip-row"] .clip__title')].map(
    (e) => e.textContent ?? '',
  );
}

/** Library: types into "Search clips". */
function searchFor(q: string): void {
  const box = document.querySelector<HTMLInputElement>('input[type="search"]');
  if (!box) throw new Error('no search box');
  box.value = q;
  box.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Library: captures downloads (the Blob handed to an object URL) instead of saving them. */
function captureDownloads(): void {
  const w = window as unknown as { __blobs: Blob[] };
  w.__blobs = [];
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (b: Blob | MediaSource) => {
    if (b instanceof Blob) w.__blobs.push(b);
    return create(b);
  };
  HTMLAnchorElement.prototype.click = () => undefined;
}

/** Library: presses Export (Gloss JSON, the default format) and returns the file's text. */
async function exportJson(): Promise<string> {
  const w = window as unknown as { __blobs: Blob[] };
  const before = w.__blobs.length;
  const button = [
    ...document.querySelectorAll<HTMLButtonElement>('[data-testid="import-export"] button'),
  ].find((b) => b.textContent?.trim() === 'Export');
  button?.click();
  for (let i = 0; i < 100 && w.__blobs.length === before; i++) await new Promise((ok) => setTimeout(ok, 50));
  const blob = w.__blobs[before];
  if (!blob) throw new Error('no export');
  return blob.text();
}

/** Library: picks `text` as the file to import. */
function importJson(text: string): void {
  const input = document.querySelector<HTMLInputElement>('[data-testid="import-file"]');
  if (!input) throw new Error('no import input');
  const files = new DataTransfer();
  files.items.add(new File([text], 'backup.json', { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Any page of the extension: deletes Gloss's database. */
async function deleteDatabase(): Promise<string> {
  return new Promise((ok) => {
    const req = indexedDB.deleteDatabase('gloss');
    req.onsuccess = () => ok('deleted');
    req.onerror = () => ok(`error ${String(req.error)}`);
    req.onblocked = () => undefined; // the open library closes its connection on versionchange
  });
}

const clipsOf = (json: string) => (JSON.parse(json) as { clips: unknown[] }).clips;

async function openLibrary(e2e: ReturnType<typeof useBrowser>): Promise<GlossPage> {
  const library = await e2e.openExtensionPage(LIBRARY);
  await expect
    .poll(() => library.evaluate(rowTitles), { timeout: 10_000, message: 'the library list' })
    .not.toBeNull();
  return library;
}

describe.each(BROWSER_NAMES)('clips in %s', (name) => {
  const e2e = useBrowser(name);

  it('saves a passage with a note; the library finds it; export, clear, import are identical; the reader loads nothing', async () => {
    const { page, messenger } = await openWithMessenger(e2e, SEED, addProbeImage);
    await expectHighlight(page, 1);
    const selected = await page.evaluate(selectAround, [
      'military standoff along the Line of Actual Control',
      0,
      6,
    ] as [string, number, number]);
    expect(selected).toContain('Line of Actual Control');

    const popup = await e2e.openExtensionPage(`src/pages/popup/index.html?tab=${messenger.tabId}`);
    await popup.waitForFunction(() => document.querySelector('[data-testid="save-button"]') !== null, null, {
      what: 'the popup',
    });
    await popup.evaluate(saveWithNote, NOTE);
    await expect
      .poll(() => popup.evaluate(outcome), { timeout: 10_000, message: 'the save outcome' })
      .toEqual({
        saved: 'yes',
        text: 'Passage saved to Gloss.',
      });
    // Nothing of the clip entered the page: no Gloss notice from the popup, no note anywhere.
    expect(await page.evaluate(() => document.documentElement.outerHTML.includes('marmalade'))).toBe(false);

    const library = await openLibrary(e2e);
    await library.evaluate(captureDownloads);
    expect(await library.evaluate(rowTitles)).toHaveLength(1);
    const first = clipsOf(await library.evaluate(exportJson));
    expect(first).toHaveLength(1);
    const clip = first[0] as {
      kind: string;
      note: string;
      passages: { quote: { exact: string } }[];
      annotations: { factIds: string[] }[];
      article: { html: string } | null;
    };
    expect(clip).toMatchObject({ kind: 'passage', note: NOTE });
    expect(clip.passages[0]?.quote.exact).toContain('Line of Actual Control');
    expect(clip.annotations.length, 'the passage keeps the facts Gloss found in it').toBeGreaterThan(0);
    expect(clip.article?.html).toContain('reader probe');

    // Search by a word of the note.
    await library.evaluate(searchFor, 'marmalade');
    await expect.poll(() => library.evaluate(rowTitles), { timeout: 10_000 }).toHaveLength(1);
    await library.evaluate(searchFor, 'zzzqqq');
    await expect.poll(() => library.evaluate(rowTitles), { timeout: 10_000 }).toHaveLength(0);
    await library.evaluate(searchFor, '');

    // The reader view: its facts, the probe image as a placeholder, and no request for it.
    const probeRequests = () => e2e.server.requests.filter((r) => r === PROBE).length;
    const before = probeRequests();
    expect(before, 'the page itself loaded the probe image').toBeGreaterThanOrEqual(1);
    await library.evaluate(() => document.querySelector<HTMLButtonElement>('.clip__open')?.click());
    await library.waitForFunction(
      () => document.querySelector('[data-testid="reader-article"] .reader-media') !== null,
      null,
      {
        what: 'the reader view with a media placeholder',
      },
    );
    const factId = clip.annotations[0]?.factIds[0] ?? '';
    expect(
      await library.evaluate(() => document.querySelector('[data-testid="reader"]')?.textContent ?? ''),
    ).toContain(factId);
    await sleep(300);
    expect(probeRequests(), 'the reader view requested nothing from the page').toBe(before);
    const remote = await library.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((u) => /^https?:/.test(u)),
    );
    expect(remote).toEqual([]);

    // Export, clear the database, import: identical clips.
    const exported = await library.evaluate(exportJson);
    expect(await library.evaluate(deleteDatabase)).toBe('deleted');
    await library.close();
    const fresh = await openLibrary(e2e);
    await fresh.evaluate(captureDownloads);
    expect(await fresh.evaluate(rowTitles)).toEqual([]);
    await fresh.evaluate(importJson, exported);
    await fresh.waitForFunction(
      () => /1/.test(document.querySelector('[data-testid="import-result"]')?.textContent ?? ''),
      null,
      {
        what: 'the import report',
        timeout: 10_000,
      },
    );
    await expect.poll(() => fresh.evaluate(rowTitles), { timeout: 10_000 }).toHaveLength(1);
    expect(clipsOf(await fresh.evaluate(exportJson))).toEqual(clipsOf(exported));

    // The library accepts a fact filter from its URL (a card's "Find in my clips").
    const filtered = await e2e.openExtensionPage(`${LIBRARY}?fact=${encodeURIComponent(factId)}`);
    await expect.poll(() => filtered.evaluate(rowTitles), { timeout: 10_000 }).toHaveLength(1);
    const none = await e2e.openExtensionPage(`${LIBRARY}?fact=no.such-fact`);
    await expect.poll(() => none.evaluate(rowTitles), { timeout: 10_000 }).toEqual([]);
  });

  it('refuses a selection inside a form field, and says why', async () => {
    const { page, messenger } = await openWithMessenger(e2e, 'no-article.html');
    await page.evaluate(() => {
      const field = document.createElement('textarea');
      field.value = 'what the reader is writing';
      document.body.append(field);
      field.focus();
      field.setSelectionRange(0, 8);
    });
    const popup = await e2e.openExtensionPage(`src/pages/popup/index.html?tab=${messenger.tabId}`);
    await popup.waitForFunction(() => document.querySelector('[data-testid="save-button"]') !== null, null, {
      what: 'the popup',
    });
    await popup.evaluate(saveWithNote, '');
    await expect
      .poll(() => popup.evaluate(outcome), { timeout: 10_000, message: 'the refusal' })
      .toMatchObject({ saved: 'no' });
    expect((await popup.evaluate(outcome))?.text).toMatch(/^Not saved: text in a form field/);
  });

  it.each([
    [
      'reaching into an embedded frame',
      'frame',
      /^Not saved: the selection is in \(or reaches into\) an embedded frame/,
    ],
    ['in an editable area', 'editable', /^Not saved: text in a form field or an editable area/],
  ])('refuses a selection %s, and says why', async (_label, kind, reason) => {
    const { page, messenger } = await openWithMessenger(e2e, 'no-article.html');
    await page.evaluate((what: string) => {
      const before = document.createElement('p');
      before.textContent = 'Text before the embedded part';
      const middle = what === 'frame' ? document.createElement('iframe') : document.createElement('div');
      if (what === 'frame') middle.setAttribute('title', 'embedded');
      else {
        middle.contentEditable = 'true';
        middle.textContent = 'a comment the reader is writing';
      }
      const after = document.createElement('p');
      after.textContent = 'Text after the embedded part';
      document.body.append(before, middle, after);
      const range = document.createRange();
      if (what === 'frame') {
        range.setStart(before.firstChild as Text, 0);
        range.setEnd(after.firstChild as Text, 4);
      } else range.selectNodeContents(middle);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }, kind);
    const popup = await e2e.openExtensionPage(`src/pages/popup/index.html?tab=${messenger.tabId}`);
    await popup.waitForFunction(() => document.querySelector('[data-testid="save-button"]') !== null, null, {
      what: 'the popup',
    });
    await popup.evaluate(saveWithNote, '');
    await expect
      .poll(() => popup.evaluate(outcome), { timeout: 10_000, message: 'the refusal' })
      .toMatchObject({ saved: 'no' });
    expect((await popup.evaluate(outcome))?.text).toMatch(reason);
  });

  it('saves a selection alone on a page without an article', async () => {
    const { page, messenger } = await openWithMessenger(e2e, 'no-article.html');
    expect(
      await page.evaluate(selectAround, ['Forgot your password', 0, 0] as [string, number, number]),
    ).toBe('Forgot your password');
    const popup = await e2e.openExtensionPage(`src/pages/popup/index.html?tab=${messenger.tabId}`);
    await popup.waitForFunction(() => document.querySelector('[data-testid="save-button"]') !== null, null, {
      what: 'the popup',
    });
    await popup.evaluate(saveWithNote, '');
    await expect
      .poll(() => popup.evaluate(outcome), { timeout: 10_000, message: 'the save outcome' })
      .toEqual({ saved: 'yes', text: 'Passage saved to Gloss.' });
  });
});
