/**
 * The compare page on the two seed articles, with the real engine and storage: the columns,
 * the spokesperson pair with its word diff, Kazan under "In both", no conflict, the outdated
 * fertiliser claim, partner highlighting, keyboard steps between differences, export, the
 * versions wording, the bad inputs (missing clip, identical, unrelated), and axe.
 */
import 'fake-indexeddb/auto';
import axe from 'axe-core';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeReport } from '../../../src/pages/compare/report-writer';
import { ClipRepository } from '../../../src/storage/clips';
import { GlossDb } from '../../../src/storage/db';
import { click, tEn, tHi, until, useContainer } from '../pages/fakes';
import { articleClip, mountCompare, SEED_A, SEED_B } from './harness';

let container: HTMLElement;
useContainer((el) => {
  container = el;
});
let db: GlossDb;
let repo: ClipRepository;
beforeEach(async () => {
  db = new GlossDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  repo = new ClipRepository(db);
  await repo.save(articleClip('seed-a', SEED_A, { title: 'China approves licences' }));
  await repo.save(articleClip('seed-b', SEED_B, { title: 'China grants licences', published: '2025-10-30' }));
});
afterEach(() => db.close());

const $ = <E extends Element = HTMLElement>(s: string) => container.querySelector<E>(s);
const $$ = (s: string) => [...container.querySelectorAll<HTMLElement>(s)];
const clipRef = (id: string) => ({ kind: 'clip' as const, id });
const done = () => until(() => expect($('[data-testid="summary"]')).not.toBeNull());
const sentenceWith = (side: 'a' | 'b', words: string) =>
  $$(`[data-side="${side}"] .sentence`).find((s) => s.textContent?.includes(words));

describe('compare page', () => {
  it('shows the seeds side by side: the spokesperson pair with its word diff, Kazan in both, no conflict', async () => {
    mountCompare(container, db, { a: clipRef('seed-a'), b: clipRef('seed-b') });
    await done();
    // Both columns, each in its own order, with every sentence of its article.
    expect($$('[data-side="a"] .sentence').length).toBeGreaterThan(8);
    expect($$('[data-side="b"] .sentence').length).toBeGreaterThan(8);

    const confirmA = sentenceWith('a', 'Some Indian companies have received licences');
    expect(confirmA, 'A’s confirmation sentence').toBeDefined();
    const partner = $(`#b-${confirmA?.dataset.partner}`);
    expect(partner?.textContent).toContain(
      'Yes, we confirm that some Indian companies have received licences',
    );
    expect(partner?.querySelector('ins')?.textContent).toMatch(/Yes, we confirm that/);
    expect(confirmA?.className).toContain('sentence--changed');

    const kazanA = sentenceWith('a', 'Kazan');
    const kazanB = $(`#b-${kazanA?.dataset.partner}`);
    expect(kazanB?.textContent).toContain('followed two days later by a meeting');
    expect($('[data-testid="facts-both"] [data-fact="event.kazan-modi-xi-meeting"]')).not.toBeNull();
    expect($('[data-testid="no-conflicts"]')?.textContent).toBe(tEn('compareNoConflicts'));
    expect($('[data-testid="count-conflicts"] dd')?.textContent).toBe('0');

    // The fertiliser paragraph only in A, the US–China question only in B.
    expect(sentenceWith('a', 'fertilisers')?.className).toContain('sentence--only-a');
    expect(sentenceWith('b', 'between US and China')?.className).toContain('sentence--only-b');
    expect(sentenceWith('a', 'fertilisers')?.querySelector('.visually-hidden')?.textContent).toBe(
      `${tEn('compareMarkOnlyA')}: `,
    );
    // A's fertiliser claim ("lifted those curbs in June") is outdated: the record has moved on.
    expect($('[data-testid="outdated"]')?.textContent).toMatch(
      /^.*A: “in June” — China eases its urea export ban/,
    );
  });

  it('lights up a sentence’s partner on hover and steps through the differences with n and p', async () => {
    mountCompare(container, db, { a: clipRef('seed-a'), b: clipRef('seed-b') });
    await done();
    const confirmA = sentenceWith('a', 'Some Indian companies have received licences') as HTMLElement;
    act(() => {
      confirmA.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    });
    const partner = $(`#b-${confirmA.dataset.partner}`);
    expect(confirmA.classList.contains('is-active')).toBe(true);
    expect(partner?.classList.contains('is-partner')).toBe(true);

    const status = () => $('[data-testid="navigator-status"]')?.textContent ?? '';
    expect(status()).toMatch(/^\d+ differences\.$/);
    const total = Number(status().split(' ')[0]);
    act(() => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }));
    });
    await until(() => expect(status()).toMatch(new RegExp(`^Difference 1 of ${total}`)));
    await until(() => expect(document.activeElement?.classList.contains('sentence')).toBe(true));
    expect(document.activeElement?.getAttribute('tabindex')).toBe('0');
    act(() => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'p', bubbles: true }));
    });
    await until(() => expect(status()).toMatch(new RegExp(`^Difference ${total} of ${total}`)));
    // Keys typed into a form field are left alone.
    const select = $<HTMLSelectElement>('select') as HTMLSelectElement;
    act(() => {
      select.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }));
    });
    expect(status()).toMatch(new RegExp(`^Difference ${total} of ${total}`));
    click($$('[data-testid="navigator"] button').find((b) => b.textContent === tEn('compareNext')));
    await until(() => expect(status()).toMatch(new RegExp(`^Difference 1 of ${total}`)));
  });

  it('exports Markdown and a standalone HTML report, named after the two titles', async () => {
    const { saved } = mountCompare(
      container,
      db,
      { a: clipRef('seed-a'), b: clipRef('seed-b') },
      { report: writeReport },
    );
    await done();
    click($('[data-testid="export-markdown"]'));
    click($('[data-testid="export-html"]'));
    expect(saved.map((f) => [f.name, f.type])).toEqual([
      ['compare-china-approves-licences-vs-china-grants-licences.md', 'text/markdown;charset=utf-8'],
      ['compare-china-approves-licences-vs-china-grants-licences.html', 'text/html;charset=utf-8'],
    ]);
    expect(saved[0]?.data).toContain('China approves licences');
    expect(saved[0]?.data).toMatch(/Yes, we confirm that/);
    const html = saved[1]?.data ?? '';
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).not.toMatch(/<script|<link|\ssrc=|url\(/i);
  });

  it('speaks of older and newer versions, added and removed sentences, for two saves of one page', async () => {
    const url = 'https://example.org/story';
    const v1 =
      'China granted licences to 4 Indian firms on Thursday.\nThe talks were held in Kazan last October.';
    const v2 =
      'China granted licences to 5 Indian firms on Thursday.\nThe talks were held in Kazan last October.\nA new paragraph on tariffs and duties appeared.';
    await repo.save(articleClip('v1', v1, { url, savedAt: 1_000, updatedAt: 1_000 }));
    await repo.save(articleClip('v2', v2, { url, savedAt: 2_000, updatedAt: 2_000 }));
    const { queries } = mountCompare(container, db, { a: clipRef('v1'), b: clipRef('v2') });
    await done();
    expect($('[data-testid="column-a"] h2')?.textContent).toMatch(new RegExp(`^${tEn('compareOlder')}: `));
    expect($('[data-testid="column-b"] h2')?.textContent).toMatch(new RegExp(`^${tEn('compareNewer')}: `));
    expect($('[data-testid="count-added"] dd')?.textContent).toBe('1');
    expect($('[data-testid="count-removed"] dd')?.textContent).toBe('0');
    expect($('[data-testid="count-changed"] dd')?.textContent).toBe('1');
    expect($('[data-testid="changed-figures"]')?.textContent).toMatch(/: 4 .*: 5/);
    expect(queries.at(-1)).toBe('?a=v1&b=v2');
  });

  it('says plainly when the two are identical, and when they are unrelated', async () => {
    await repo.save(articleClip('copy', SEED_A));
    mountCompare(container, db, { a: clipRef('seed-a'), b: clipRef('copy') });
    await done();
    expect($('[data-testid="verdict"]')?.textContent).toBe(tEn('compareVerdictIdentical'));
    expect($('[data-testid="navigator-status"]')?.textContent).toBe(tEn('compareNoDifferences'));
  });

  it('says plainly when one side is empty, and when the two are unrelated (no forced pairs)', async () => {
    mountCompare(container, db, { a: clipRef('seed-a'), b: null });
    await until(() =>
      expect($('[data-testid="slot-a-doc"]')?.textContent).toContain('China approves licences'),
    );
    const input = $<HTMLInputElement>('[data-testid="file-b"]') as HTMLInputElement;
    const pick = (name: string, text: string) => {
      const file = new File([text], name, { type: 'text/plain' });
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      act(() => {
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
    };
    pick('empty.txt', '');
    await done();
    expect($('[data-testid="verdict"]')?.textContent).toBe(tEn('compareVerdictEmpty'));
    pick(
      'cricket.txt',
      'The touring side lost three early wickets on a green pitch in Perth.\n\nRain delayed the start of the second session by an hour, and the captain declared at tea after a brisk partnership for the seventh wicket.',
    );
    await until(() => expect($('[data-testid="verdict"]')?.textContent).toBe(tEn('compareVerdictUnrelated')));
    expect($$('.sentence--changed, .sentence--identical')).toEqual([]);
    expect($('[data-testid="count-aligned"] dd')?.textContent).toBe('0%');
  });

  it('passes on the engine’s note about an article that is not in English', async () => {
    await repo.save(
      articleClip(
        'hindi',
        'विदेश मंत्रालय के प्रवक्ता रणधीर जायसवाल ने कहा कि कुछ भारतीय कंपनियों को चीन से दुर्लभ मृदा चुंबक आयात करने के लाइसेंस मिले हैं।',
        {
          lang: 'hi',
        },
      ),
    );
    mountCompare(container, db, { a: clipRef('seed-a'), b: clipRef('hindi') });
    await done();
    expect($('.summary__notes')?.getAttribute('lang')).toBe('en');
    expect($('.summary__notes')?.textContent).toMatch(/English/);
    expect($('[data-testid="column-b"] .column__body')?.getAttribute('lang')).toBe('hi');
  });

  it('says a missing clip is missing and waits for another choice', async () => {
    mountCompare(container, db, { a: clipRef('seed-a'), b: clipRef('gone') });
    await until(() =>
      expect($('[data-testid="slot-b"] [role="alert"]')?.textContent).toBe(tEn('compareClipMissing')),
    );
    expect($('[data-testid="summary"]')).toBeNull();
    // Choosing a clip in the slot runs the comparison.
    const select = $$('[data-testid="slot-b"] select')[0] as HTMLSelectElement;
    act(() => {
      select.value = 'seed-b';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await done();
  });

  it('compares the current tab (read through the worker, unsaved) with a clip', async () => {
    const tab = async () => ({
      found: true as const,
      clip: articleClip('tab-article', SEED_B, { title: 'The open tab' }),
    });
    mountCompare(container, db, { a: { kind: 'tab', tabId: 42 }, b: clipRef('seed-a') }, { tab });
    await done();
    expect($('[data-testid="slot-a-doc"]')?.textContent).toContain(tEn('compareFromTab'));
    const refused = async () => ({ found: false as const, reason: 'nothing' as const });
    act(() => render(null, container));
    mountCompare(container, db, { a: { kind: 'tab', tabId: 42 }, b: null }, { tab: refused });
    await until(() =>
      expect($('[data-testid="slot-a"] [role="alert"]')?.textContent).toBe(tEn('compareTabNothing')),
    );
  });

  it('is in Hindi when the UI language is Hindi', async () => {
    mountCompare(container, db, { a: clipRef('seed-a'), b: clipRef('seed-b') }, { language: 'hi' });
    await done();
    expect($('h1')?.textContent).toBe(tHi('compareTitle'));
    expect($('[data-testid="facts"] h2')?.textContent).toBe(tHi('compareFactsHeading'));
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations (%s)',
    async (theme) => {
      mountCompare(container, db, { a: clipRef('seed-a'), b: clipRef('seed-b') }, { theme });
      await done();
      const result = await axe.run(container, {
        rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
      });
      expect(
        result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    },
    30_000,
  );
});
