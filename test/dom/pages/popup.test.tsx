import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { AnnotationSummary, PageSummary } from '../../../src/core/messages';
import { Popup, type PopupProps } from '../../../src/pages/popup/Popup';
import { SWITCH_SETTLE_MS } from '../../../src/pages/popup/use-summary';
import { click, deferred, type FakeStore, fakeStore, flush, localise, tEn, tHi, useContainer } from './fakes';

const a = (
  id: number,
  kind: AnnotationSummary['kind'],
  verdict: AnnotationSummary['verdict'],
  quote = `quote ${id}`,
): AnnotationSummary => ({ id, factId: `fact.${id}`, title: `Fact ${id}`, quote, kind, verdict });

const SUMMARY: PageSummary = {
  url: 'https://www.example.com/news/story?id=1',
  title: 'A story',
  lang: 'en-IN',
  factsLang: 'en',
  annotations: [
    a(0, 'term', null, 'Galwan'),
    a(1, 'claim', 'consistent'),
    a(2, 'claim', 'differs', 'in 2019'),
    a(3, 'term', null),
    a(4, 'claim', 'outdated'),
    a(5, 'claim', 'consistent'),
  ],
};

let container: HTMLElement;
useContainer((el) => {
  container = el;
});

function mount(fake: FakeStore, props: Partial<PopupProps> = {}) {
  const all: PopupProps = {
    store: fake.store,
    localise,
    loadSummary: vi.fn(async () => SUMMARY),
    open: vi.fn(async () => true),
    openOptions: vi.fn(async () => {}),
    saveClip: vi.fn(async () => ({ saved: true as const, id: 'c1', kind: 'passage' as const })),
    openLibrary: vi.fn(async () => {}),
    close: vi.fn(),
    ...props,
  };
  act(() => render(<Popup {...all} />, container));
  return all;
}

const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);
const text = (selector: string) => $(selector)?.textContent ?? null;
/** Waits `ms`, then lets the answers that came meanwhile render. */
async function wait(ms: number): Promise<void> {
  await act(() => new Promise<void>((ok) => setTimeout(ok, ms)));
  await flush();
}

describe('Popup', () => {
  it('renders at once, busy, and fills in when the page answers', async () => {
    const answer = deferred<PageSummary | null>();
    mount(fakeStore(), { loadSummary: () => answer.promise });
    expect($('[data-testid="popup"]')?.getAttribute('aria-busy')).toBe('true');
    expect(text('[data-testid="findings"]')).toBe(tEn('popupLoading'));
    expect($('[data-testid="pause-switch"]')).not.toBeNull();

    answer.resolve(SUMMARY);
    await flush();
    expect($('[data-testid="popup"]')?.getAttribute('aria-busy')).toBe('false');
    expect(text('.count')).toBe(tEn('popupCount', '6'));
  });

  it('groups annotations by verdict: differs, outdated, consistent, context, then terms; empty groups hidden', async () => {
    mount(fakeStore());
    await flush();
    const groups = [...container.querySelectorAll('section.group')];
    expect(groups.map((g) => g.getAttribute('data-testid'))).toEqual([
      'group-differs',
      'group-outdated',
      'group-consistent',
      'group-terms',
    ]);
    const headings = groups.map((g) => g.querySelector('h2')?.textContent);
    expect(headings).toEqual([
      `${tEn('verdict_differs')} (1)`,
      `${tEn('verdict_outdated')} (1)`,
      `${tEn('verdict_consistent')} (2)`,
      `${tEn('popupTermsGroup')} (2)`,
    ]);
    // Each section is labelled by its heading; items keep page order.
    for (const g of groups) expect(g.getAttribute('aria-labelledby')).toBe(g.querySelector('h2')?.id);
    const ids = (id: string) =>
      [...container.querySelectorAll(`[data-testid="group-${id}"] button.item`)].map((b) =>
        b.getAttribute('data-annotation-id'),
      );
    expect(ids('consistent')).toEqual(['1', '5']);
    expect(ids('terms')).toEqual(['0', '3']);
    // Each item shows the quote and the fact title, as text.
    const differs = $('[data-testid="group-differs"] button.item');
    expect(differs?.querySelector('.item__quote')?.textContent).toBe('in 2019');
    expect(differs?.querySelector('.item__title')?.textContent).toBe('Fact 2');
    // Quotes keep the page's language, titles the fact base's (for screen readers).
    expect(differs?.querySelector('.item__quote')?.getAttribute('lang')).toBe('en-IN');
    expect(differs?.querySelector('.item__title')?.getAttribute('lang')).toBe('en');
  });

  it('a claim without a verdict is listed under context', async () => {
    mount(fakeStore(), {
      loadSummary: async () => ({ ...SUMMARY, annotations: [a(7, 'claim', null)] }),
    });
    await flush();
    expect(container.querySelectorAll('[data-testid="group-context"] button.item')).toHaveLength(1);
  });

  it('an item sends page/open with its id, then closes the popup', async () => {
    const props = mount(fakeStore());
    await flush();
    click($('[data-annotation-id="4"]'));
    await flush();
    expect(props.open).toHaveBeenCalledExactlyOnceWith(4);
    expect(props.close).toHaveBeenCalledOnce();
  });

  it('stays open with an error when the page could not open the item', async () => {
    const props = mount(fakeStore(), { open: vi.fn(async () => false) });
    await flush();
    click($('[data-annotation-id="2"]'));
    await flush();
    expect(props.close).not.toHaveBeenCalled();
    expect(text('[role="alert"]')).toBe(tEn('popupOpenFailed'));
  });

  it('the site switch saves the page host (no www., no port or path)', async () => {
    const fake = fakeStore({ disabledSites: ['other.org'] });
    mount(fake);
    await flush();
    const site = $<HTMLInputElement>('[data-testid="site-switch"]');
    expect(site?.checked).toBe(true);
    expect(site?.getAttribute('role')).toBe('switch');
    expect(document.getElementById(site?.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'example.com',
    );
    click(site);
    await flush();
    expect(fake.save).toHaveBeenCalledExactlyOnceWith({ disabledSites: ['example.com', 'other.org'] });
    expect(fake.stored().disabledSites).toEqual(['example.com', 'other.org']);
    expect(site?.checked).toBe(false);
    expect(text('[data-testid="status"]')).toBe(tEn('optionsSaved'));

    click(site);
    await flush();
    expect(fake.save).toHaveBeenLastCalledWith({ disabledSites: ['other.org'] });
  });

  it('says so when the site is off, and switching on removes a parent domain that covers it', async () => {
    const fake = fakeStore({ disabledSites: ['example.com'] });
    mount(fake, {
      loadSummary: async () => ({ ...SUMMARY, url: 'https://news.example.com/', title: '', annotations: [] }),
    });
    await flush();
    expect(text('[data-testid="findings"]')).toBe(tEn('popupSiteOffNothing'));
    const site = $<HTMLInputElement>('[data-testid="site-switch"]');
    expect(site?.checked).toBe(false);
    expect(container.textContent).toContain(tEn('popupSiteViaParent', 'example.com'));
    click(site);
    await flush();
    expect(fake.stored().disabledSites).toEqual([]);
  });

  it('hides the list at once when switched off, and asks the page again after switching on', async () => {
    const fake = fakeStore();
    const loadSummary = vi
      .fn<() => Promise<PageSummary | null>>()
      .mockResolvedValueOnce(SUMMARY)
      .mockResolvedValueOnce({ ...SUMMARY, annotations: [] })
      .mockResolvedValue(SUMMARY);
    mount(fake, { loadSummary });
    await flush();
    expect(container.querySelectorAll('button.item')).toHaveLength(6);

    click($('[data-testid="site-switch"]'));
    await flush();
    expect(text('[data-testid="findings"]')).toBe(tEn('popupSiteOffNothing'));
    expect($('[data-testid="popup"]')?.getAttribute('aria-busy')).toBe('true');
    await wait(SWITCH_SETTLE_MS + 50);
    expect(loadSummary).toHaveBeenCalledTimes(2);
    expect($('[data-testid="popup"]')?.getAttribute('aria-busy')).toBe('false');

    click($('[data-testid="site-switch"]'));
    await flush();
    expect(loadSummary).toHaveBeenCalledTimes(2); // not before the page has heard of the change
    await wait(SWITCH_SETTLE_MS + 50);
    expect(loadSummary).toHaveBeenCalledTimes(3);
    expect(container.querySelectorAll('button.item')).toHaveLength(6);
  });

  it('the pause switch saves enabled: false, and says Gloss is paused', async () => {
    const fake = fakeStore();
    mount(fake);
    await flush();
    const pause = $<HTMLInputElement>('[data-testid="pause-switch"]');
    expect(pause?.checked).toBe(false);
    click(pause);
    await flush();
    expect(fake.save).toHaveBeenCalledExactlyOnceWith({ enabled: false });
    expect(pause?.checked).toBe(true);
    expect(container.textContent).toContain(tEn('popupPausedNote'));
    expect(text('[data-testid="findings"]')).toBe(tEn('popupPausedNothing'));
  });

  it('without a summary: says so, keeps the pause switch, and explains the missing site switch', async () => {
    mount(fakeStore(), { loadSummary: async () => null });
    await flush();
    expect(text('[data-testid="findings"] .message')).toBe(tEn('popupNoArticle'));
    expect(text('[data-testid="findings"] .hint')).toBe(tEn('popupNoSite'));
    expect($('[data-testid="site-switch"]')).toBeNull();
    expect($('[data-testid="pause-switch"]')).not.toBeNull();
  });

  it('treats a failing page request like no summary', async () => {
    mount(fakeStore(), { loadSummary: () => Promise.reject(new Error('no receiver')) });
    await flush();
    expect(text('[data-testid="findings"] .message')).toBe(tEn('popupNoArticle'));
  });

  it('a page with an article but nothing known says so', async () => {
    mount(fakeStore(), { loadSummary: async () => ({ ...SUMMARY, annotations: [] }) });
    await flush();
    expect(text('[data-testid="findings"]')).toBe(tEn('popupNothing'));
    expect($('[data-testid="site-switch"]')).not.toBeNull();
  });

  it('opens the options page and closes', async () => {
    const props = mount(fakeStore());
    click($('[data-testid="open-options"]'));
    await flush();
    expect(props.openOptions).toHaveBeenCalledOnce();
    expect(props.close).toHaveBeenCalledOnce();
  });

  it('shows a failed save and goes back to what is stored', async () => {
    const fake = fakeStore();
    mount(fake);
    await flush();
    fake.failNextSave(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const pause = $<HTMLInputElement>('[data-testid="pause-switch"]');
    click(pause);
    await flush();
    expect(pause?.checked).toBe(false);
    expect(fake.stored().enabled).toBe(true);
    expect(text('[role="alert"]')).toContain(tEn('saveQuota'));
  });

  it('uses the language and theme from the settings, and follows changes made elsewhere', async () => {
    const fake = fakeStore({ language: 'hi', theme: 'dark' });
    mount(fake);
    await flush();
    const html = document.documentElement;
    expect(html.lang).toBe('hi');
    expect(html.dir).toBe('ltr');
    expect(html.dataset.theme).toBe('dark');
    expect(text('[data-testid="pause-switch"] + label')).toBe(tHi('popupPauseSwitch'));

    fake.changeElsewhere({ language: 'en', theme: 'light', enabled: false });
    await flush();
    expect(html.lang).toBe('en');
    expect(html.dataset.theme).toBe('light');
    expect(text('[data-testid="pause-switch"] + label')).toBe(tEn('popupPauseSwitch'));
    expect($<HTMLInputElement>('[data-testid="pause-switch"]')?.checked).toBe(true);
  });

  it('saves with the typed note, says the outcome or the reason, and opens the library', async () => {
    const saveClip = vi.fn(async (note: string) =>
      note
        ? { saved: true as const, id: 'c1', kind: 'passage' as const }
        : { saved: false as const, reason: 'form-field' as const },
    );
    const props = mount(fakeStore(), { saveClip });
    const area = $<HTMLTextAreaElement>('[data-testid="save-clip"] textarea');
    if (!area) throw new Error('no note field');
    expect(document.querySelector(`label[for="${area.id}"]`)?.textContent).toBe(tEn('popupNote'));
    area.value = 'a note';
    click($('[data-testid="save-button"]'));
    await flush();
    expect(saveClip).toHaveBeenCalledWith('a note');
    expect(text('[data-testid="save-outcome"]')).toBe(tEn('clipSavedPassage'));
    expect(area.value).toBe('');
    click($('[data-testid="save-button"]'));
    await flush();
    expect(text('[data-testid="save-outcome"]')).toBe(tEn('clipRefused_form_field'));
    click($('[data-testid="open-library"]'));
    await flush();
    expect(props.openLibrary).toHaveBeenCalledOnce();
  });
});
