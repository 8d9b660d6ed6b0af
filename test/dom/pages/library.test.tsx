/**
 * The library page with the real service and storage (fake-indexeddb): list, search by a
 * word of a note, filters, reader view without remote loads, note and tag edits, delete with
 * undo, import (report and refusal), export, choosing two clips for compare, durability, versions of a page, and axe on the markup.
 */
import 'fake-indexeddb/auto'; // liveQuery needs a global indexedDB (dexie/Dexie.js#2046)
import axe from 'axe-core';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportGlossJson, readGlossJson } from '../../../src/core/clips/gloss-json';
import { Library, queryFromUrl } from '../../../src/pages/library/Library';
import { createLibraryService, type OutFile, type PickedFile } from '../../../src/pages/library/service';
import { ClipRepository } from '../../../src/storage/clips';
import { GlossDb } from '../../../src/storage/db';
import { generateClips, sampleClip } from '../../support/clips';
import { click, fakeStore, flush, localise, tEn, typeInto, until, useContainer } from './fakes';

let container: HTMLElement;
useContainer((el) => {
  container = el;
});
let db: GlossDb;
let repo: ClipRepository;
let saved: OutFile[];
let remembered: string | null;
beforeEach(async () => {
  db = new GlossDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  repo = new ClipRepository(db);
  saved = [];
  remembered = null;
});
afterEach(() => db.close());

const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);
const $$ = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];
const byText = (selector: string, text: string) => $$(selector).find((el) => el.textContent?.trim() === text);

async function mount(persist: 'granted' | 'denied' = 'granted') {
  const service = createLibraryService(db, {
    requestPersistence: async () => persist,
    rememberedCanary: async () => remembered,
    rememberCanary: async (v) => {
      remembered = v;
    },
    now: () => new Date('2026-12-02T10:00:00Z'),
  });
  act(() =>
    render(
      <Library store={fakeStore().store} localise={localise} service={service} save={(f) => saved.push(f)} />,
      container,
    ),
  );
  await until(() => expect($('[data-testid="count"]')?.textContent).not.toBe(tEn('libraryLoading')));
}

const rows = () => $$('[data-testid="clip-row"] .clip__title').map((el) => el.textContent);
const file = (name: string, text: string, size = text.length): PickedFile => ({
  name,
  size,
  text: async () => text,
});
async function pick(f: PickedFile) {
  const input = $<HTMLInputElement>('[data-testid="import-file"]');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: [f], configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await until(() => expect($('[data-testid="import-result"]')?.textContent).not.toBe(''));
}

describe('Library', () => {
  it('lists every clip, newest first, and says when there are none', async () => {
    await mount();
    expect($('[data-testid="count"]')?.textContent).toBe(tEn('libraryEmpty'));
    await repo.save(sampleClip({ id: 'old', title: 'Older story', savedAt: 1_000, updatedAt: 1_000 }));
    await repo.save(sampleClip());
    await until(() => expect(rows()).toEqual([sampleClip().title, 'Older story']));
    expect($('[data-testid="count"]')?.textContent).toBe('2 of 2 clips');
  });

  it('has a search box labelled "Search clips" that finds a clip by a word of its note', async () => {
    await repo.import(generateClips(40));
    await repo.save(sampleClip({ note: 'Remember the Kazan handshake' }));
    await mount();
    const input = container.querySelector<HTMLInputElement>('input[type="search"]');
    expect(container.querySelector(`label[for="${input?.id}"]`)?.textContent).toBe('Search clips');
    typeInto(input as HTMLInputElement, 'handshake');
    await until(() => expect(rows()).toEqual([sampleClip().title]));
  });

  it('filters by site, tag, fact and verdict', async () => {
    await repo.save(sampleClip());
    await repo.save(
      sampleClip({
        id: 'b',
        title: 'Other',
        site: 'thehindu.com',
        tags: ['trade'],
        annotations: [
          { start: 0, end: 5, quote: 'India', kind: 'claim', factIds: ['event.x'], verdict: 'differs' },
        ],
      }),
    );
    await mount();
    const select = (label: string) => {
      const l = byText('label', label) as HTMLLabelElement;
      return container.querySelector<HTMLSelectElement>(`#${CSS.escape(l.htmlFor)}`) as HTMLSelectElement;
    };
    const choose = (label: string, value: string) => {
      act(() => {
        const s = select(label);
        s.value = value;
        s.dispatchEvent(new Event('change', { bubbles: true }));
      });
    };
    choose(tEn('libraryFilterSite'), 'thehindu.com');
    await until(() => expect(rows()).toEqual(['Other']));
    choose(tEn('libraryFilterSite'), '');
    choose(tEn('libraryFilterVerdict'), 'consistent');
    await until(() => expect(rows()).toEqual([sampleClip().title]));
    choose(tEn('libraryFilterVerdict'), '');
    choose(tEn('libraryFilterTag'), 'trade');
    await until(() => expect(rows()).toEqual(['Other']));
    choose(tEn('libraryFilterTag'), '');
    choose(tEn('libraryFilterFact'), 'event.galwan-clash');
    await until(() => expect(rows()).toEqual([sampleClip().title]));
  });

  it('pages through 10 000 clips, 50 rows at a time', async () => {
    await repo.import(generateClips(10_000, 5, 5));
    await mount();
    await until(() => expect($('[data-testid="count"]')?.textContent).toBe('10000 of 10000 clips'));
    expect($$('[data-testid="clip-row"]')).toHaveLength(50);
    expect(container.textContent).toContain('Page 1 of 200');
    click(byText('button', tEn('libraryNext')));
    expect(container.textContent).toContain('Page 2 of 200');
    // Importing 10 000 clips into fake-indexeddb is the slow part: seconds on a loaded machine.
  }, 30_000);

  it('opens a clip in a reader view from the stored copy, with media as placeholders and no remote load', async () => {
    const html =
      '<p>Text <img src="https://cdn.example.net/x.jpg" alt="Troops at the LAC"> more</p>' +
      '<video src="https://cdn.example.net/v.mp4" poster="https://cdn.example.net/p.jpg"></video>' +
      '<script>window.pwned = 1</script>' +
      '<p style="background:url(https://t.example.net/t.gif)" onclick="alert(1)">styled</p><a href="javascript:alert(1)">x</a>';
    const clip = sampleClip({ article: { text: sampleClip().article?.text ?? '', html } });
    await repo.save(clip);
    await mount();
    await until(() => expect(rows()).toHaveLength(1));
    click($('.clip__open'));
    await until(() => expect($('[data-testid="reader-article"]')?.textContent).toContain('styled'));
    const article = $('[data-testid="reader-article"]') as HTMLElement;
    expect(article.querySelectorAll('img, video, iframe, script, [style], [onclick]')).toHaveLength(0);
    expect(article.innerHTML).not.toMatch(/https:\/\/(cdn|evil|t)\.example\.net/);
    expect(article.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe('Troops at the LAC');
    expect(article.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect($('[data-testid="reader"]')?.textContent).toContain('The Galwan clash of June 2020');
  });

  it('edits note and tags', async () => {
    await repo.save(sampleClip());
    await mount();
    await until(() => expect(rows()).toHaveLength(1));
    click($('.clip__open'));
    await until(() => expect($('[data-testid="reader"]')).not.toBeNull());
    const note = byText('label', tEn('libraryNote')) as HTMLLabelElement;
    const tags = byText('label', tEn('libraryTags')) as HTMLLabelElement;
    typeInto(container.querySelector(`#${CSS.escape(note.htmlFor)}`) as HTMLInputElement, 'Edited note');
    typeInto(container.querySelector(`#${CSS.escape(tags.htmlFor)}`) as HTMLInputElement, 'lac, review ,lac');
    click(byText('button', tEn('librarySaveEdits')));
    // `until` does not await its check: an async one is polled with vi.waitFor, which does.
    await vi.waitFor(
      async () => expect(await repo.get(sampleClip().id)).toMatchObject({ note: 'Edited note' }),
      // Generous: on a loaded 2-core machine the save's IndexedDB round trip took over 3 s once.
      { timeout: 10_000 },
    );
    expect((await repo.get(sampleClip().id))?.tags).toEqual(['lac', 'review']);
  });

  it('deletes with undo', async () => {
    await repo.save(sampleClip());
    await mount();
    await until(() => expect(rows()).toHaveLength(1));
    click($('.clip__open'));
    await until(() => expect($('[data-testid="reader"]')).not.toBeNull());
    click(byText('button', tEn('libraryDelete')));
    await until(() => expect(rows()).toHaveLength(0));
    expect($('[data-testid="undo"]')?.textContent).toContain(`Deleted “${sampleClip().title}”.`);
    click(byText('button', tEn('libraryUndo')));
    await until(() => expect(rows()).toHaveLength(1));
    expect(await repo.get(sampleClip().id)).toEqual(sampleClip());
  });

  it('imports a backup with a report, and refuses a broken one changing nothing', async () => {
    await repo.save(sampleClip());
    await mount();
    const clips = [sampleClip(), ...generateClips(3)];
    await pick(file('backup.json', exportGlossJson(clips, new Date())));
    expect($('[data-testid="import-result"]')?.textContent).toContain(
      'Imported: 3 added, 0 updated, 1 already in your library.',
    );
    await until(() => expect(rows()).toHaveLength(4));
    await pick(file('broken.json', exportGlossJson(generateClips(5, 99), new Date()).slice(0, 500)));
    expect($('[data-testid="import-errors"]')?.textContent).toContain('broken.json: (file): not valid JSON');
    await pick(file('huge.json', '', 100 * 1024 * 1024));
    expect($('[data-testid="import-errors"]')?.textContent).toContain('is 100.0 MB');
    expect(await db.clips.count()).toBe(4);
  });

  it('exports every clip (Gloss JSON by default; Markdown zip) and backs up in one click', async () => {
    await repo.import(generateClips(3));
    await mount();
    click(byText('button', tEn('libraryExport')));
    await until(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.name).toBe('gloss-clips-2026-12-02.json');
    const back = readGlossJson('x', saved[0]?.data as string);
    expect(back.ok && back.clips.length).toBe(3);
    act(() => {
      const s = container.querySelector<HTMLSelectElement>(
        '[data-testid="import-export"] select',
      ) as HTMLSelectElement;
      s.value = 'markdown';
      s.dispatchEvent(new Event('change', { bubbles: true }));
    });
    click(byText('button', tEn('libraryExport')));
    await until(() => expect(saved[1]?.name).toBe('gloss-clips-2026-12-02.zip'));
    click($('[data-testid="backup"]'));
    await until(() => expect(saved[2]?.type).toBe('application/json'));
  });

  it('lets two clips be chosen for compare; with two, Compare links to the compare page with both', async () => {
    await repo.import(generateClips(3));
    await mount();
    const boxes = () => $$('[data-testid="clip-row"] input[type="checkbox"]') as HTMLInputElement[];
    await until(() => expect(boxes()).toHaveLength(3));
    click(boxes()[0]);
    const pending = $<HTMLButtonElement>('[data-testid="compare"]') as HTMLButtonElement;
    expect(pending.disabled).toBe(true);
    expect(
      container.querySelector(`#${CSS.escape(pending.getAttribute('aria-describedby') ?? '')}`)?.textContent,
    ).toBe(tEn('libraryCompareChoose', '1'));
    click(boxes()[1]);
    await until(() => expect($('[data-testid="compare"]')?.tagName).toBe('A'));
    const ids = boxes()
      .slice(0, 2)
      .map((b) => b.id.slice(b.id.indexOf('-c-') + 3));
    const href = $('[data-testid="compare"]')?.getAttribute('href') ?? '';
    expect(href.startsWith('../compare/index.html?')).toBe(true);
    const params = new URLSearchParams(href.slice(href.indexOf('?')));
    expect([params.get('a'), params.get('b')]).toEqual(ids);
    expect($('[data-testid="compare-bar"]')?.textContent).toContain(tEn('libraryCompareReady'));
    // A third choice replaces the oldest: never more than two.
    click(boxes()[2]);
    await flush();
    expect(boxes().filter((b) => b.checked)).toHaveLength(2);
  });

  it('shows the versions of a page in the reader, each comparable with the open one (older on the left)', async () => {
    const url = 'https://example.org/news/story';
    const base = { kind: 'article' as const, url, passages: [] };
    await repo.save(sampleClip({ ...base, id: 'v1', savedAt: 1_000, updatedAt: 1_000, title: 'Story' }));
    await repo.save(sampleClip({ ...base, id: 'v2', savedAt: 2_000, updatedAt: 2_000, title: 'Story' }));
    await repo.save(sampleClip({ ...base, id: 'v3', savedAt: 3_000, updatedAt: 3_000, title: 'Story' }));
    await repo.save(sampleClip({ id: 'other', url: 'https://example.org/other', title: 'Other' }));
    await mount();
    await until(() => expect(rows()).toHaveLength(4));
    const storyRow = $$('[data-testid="clip-row"]').find((r) => r.textContent?.includes('Story'));
    expect(storyRow?.textContent).toContain(tEn('libraryVersionCount', '3'));
    click($$('.clip__open').find((b) => b.textContent?.includes('Other')));
    await until(() => expect($('[data-testid="reader"]')).not.toBeNull());
    expect($('[data-testid="versions"]')).toBeNull();

    // The newest row is listed first; open it.
    click($$('.clip__open').find((b) => b.textContent?.includes('Story')));
    await until(() =>
      expect($('[data-testid="versions"] h3')?.textContent).toBe(tEn('libraryVersions', '3')),
    );
    const links = $$('[data-testid="compare-version"]').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['../compare/index.html?a=v1&b=v3', '../compare/index.html?a=v2&b=v3']);
    expect($('[data-testid="versions"] [aria-current="true"]')?.textContent).toContain(
      tEn('libraryVersionOpen'),
    );
    // Reading another version from the history.
    click($$('[data-testid="versions"] button')[0]);
    await until(() =>
      expect($$('[data-testid="compare-version"]').map((a) => a.getAttribute('href'))).toEqual([
        '../compare/index.html?a=v1&b=v2',
        '../compare/index.html?a=v1&b=v3',
      ]),
    );
  });

  it('shows the persist() answer and an eviction notice when the canary changed', async () => {
    remembered = 'a-canary-from-a-database-that-is-gone';
    await mount('denied');
    await until(() => expect($('[data-testid="persist"]')?.textContent).toBe(tEn('libraryPersistDenied')));
    expect($('[data-testid="evicted"]')?.textContent).toBe(tEn('libraryEvicted'));
    expect(remembered).not.toBe('a-canary-from-a-database-that-is-gone');
  });

  it('has no axe violations, with a clip open', async () => {
    await repo.save(sampleClip());
    await mount();
    await until(() => expect(rows()).toHaveLength(1));
    click($('.clip__open'));
    await until(() => expect($('[data-testid="reader"]')).not.toBeNull());
    const result = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
});

describe('the library URL', () => {
  it('takes a fact filter from ?fact= and ignores anything else', () => {
    expect(queryFromUrl('?fact=place.lac')).toEqual({ factId: 'place.lac' });
    expect(queryFromUrl('?fact=%3Cscript%3E')).toEqual({});
    expect(queryFromUrl('?site=x.org')).toEqual({});
  });
});
