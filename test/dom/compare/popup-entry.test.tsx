/**
 * The popup's way into compare: "Compare with a clip" opens the compare page with this tab on
 * one side (the tab's article is read through the worker when the page asks) and closes the popup;
 * a failure to open it is said in the popup.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Popup, type PopupProps } from '../../../src/pages/popup/Popup';
import { click, fakeStore, flush, localise, tEn, tHi, useContainer } from '../pages/fakes';

let container: HTMLElement;
useContainer((el) => {
  container = el;
});

function mount(props: Partial<PopupProps> = {}, language: 'en' | 'hi' = 'en') {
  const all: PopupProps = {
    store: fakeStore({ language }).store,
    localise,
    loadSummary: vi.fn(async () => null),
    open: vi.fn(async () => true),
    openOptions: vi.fn(async () => {}),
    saveClip: vi.fn(async () => ({ saved: true as const, id: 'c1', kind: 'article' as const })),
    openLibrary: vi.fn(async () => {}),
    openCompare: vi.fn(async () => {}),
    close: vi.fn(),
    ...props,
  };
  act(() => render(<Popup {...all} />, container));
  return all;
}

const button = () => container.querySelector<HTMLButtonElement>('[data-testid="open-compare"]');

describe('the popup’s Compare with a clip', () => {
  it('opens the compare page and closes the popup', async () => {
    const props = mount();
    expect(button()?.textContent).toBe(tEn('popupCompare'));
    click(button());
    await flush();
    expect(props.openCompare).toHaveBeenCalledOnce();
    expect(props.close).toHaveBeenCalledOnce();
  });

  it('says so when the page cannot be opened, and stays open', async () => {
    const props = mount({ openCompare: vi.fn(async () => Promise.reject(new Error('no tabs'))) });
    click(button());
    await flush();
    expect(props.close).not.toHaveBeenCalled();
    expect(container.querySelector('[data-testid="error"]')?.textContent).toBe(tEn('popupOptionsFailed'));
  });

  it('is in Hindi with the Hindi UI, and absent where no compare is wired', async () => {
    mount({}, 'hi');
    await flush();
    expect(button()?.textContent).toBe(tHi('popupCompare'));
    act(() => render(null, container));
    mount({ openCompare: undefined });
    expect(button()).toBeNull();
  });
});
