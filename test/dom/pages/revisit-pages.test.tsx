/**
 * The revisit setting in Options (off by default, with its explanation) and the popup's list of
 * the saved passages on the page, orphans included (docs/adr/0019-revisit.md).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { RevisitStatus } from '../../../src/core/messages';
import { Options } from '../../../src/pages/options/Options';
import { Popup, type PopupProps } from '../../../src/pages/popup/Popup';
import { click, fakeStore, flush, localise, tEn, useContainer } from './fakes';

let container: HTMLElement;
useContainer((el) => {
  container = el;
});
const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);

describe('Options: the revisit setting', () => {
  it('is off by default, says what the page can then see, and saves a change', async () => {
    const fake = fakeStore();
    act(() => render(<Options store={fake.store} localise={localise} />, container));
    const input = $<HTMLInputElement>('[data-testid="revisit-switch"]');
    expect(input?.checked).toBe(false);
    expect(container.querySelector(`label[for="${input?.id}"]`)?.textContent).toBe(tEn('optionsRevisit'));
    const described = document.getElementById(input?.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe(tEn('optionsRevisitNote'));
    expect(described?.textContent).toMatch(/page's own scripts can see which passages are marked/);
    click(input);
    await flush();
    expect(fake.save).toHaveBeenCalledWith({ revisit: true });
    expect(fake.stored().revisit).toBe(true);
  });
});

function mountPopup(loadRevisit?: () => Promise<RevisitStatus | null>) {
  const props: PopupProps = {
    store: fakeStore().store,
    localise,
    loadSummary: vi.fn(async () => null),
    open: vi.fn(async () => true),
    openOptions: vi.fn(async () => {}),
    saveClip: vi.fn(async () => ({ saved: true as const, id: 'c1', kind: 'passage' as const })),
    openLibrary: vi.fn(async () => {}),
    close: vi.fn(),
    ...(loadRevisit ? { loadRevisit } : {}),
  };
  act(() => render(<Popup {...props} />, container));
}

describe('Popup: saved passages on this page', () => {
  it('lists how many are highlighted and every orphan by its quote', async () => {
    mountPopup(async () => ({ shown: 2, orphans: ['a passage that was edited away'] }));
    await flush();
    const section = $('[data-testid="saved-here"]');
    expect(section?.querySelector('h2')?.textContent).toBe(tEn('popupRevisitHeading'));
    expect($('[data-testid="saved-here-shown"]')?.textContent).toBe(tEn('popupRevisitShown', '2'));
    const orphans = $('[data-testid="orphans"]');
    expect(orphans?.getAttribute('aria-labelledby')).toBeTruthy();
    expect([...(orphans?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'a passage that was edited away',
    ]);
  });

  it('says nothing when the page has no revisit feature (setting off) or nothing to show', async () => {
    mountPopup(async () => null);
    await flush();
    expect($('[data-testid="saved-here"]')).toBeNull();
    mountPopup(async () => ({ shown: 0, orphans: [] }));
    await flush();
    expect($('[data-testid="saved-here"]')).toBeNull();
    mountPopup(() => Promise.reject(new Error('no content script')));
    await flush();
    expect($('[data-testid="saved-here"]')).toBeNull();
  });
});
