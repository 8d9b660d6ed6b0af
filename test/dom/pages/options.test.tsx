import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { DWELL_SAVE_DELAY_MS } from '../../../src/pages/options/DwellControl';
import { Options } from '../../../src/pages/options/Options';
import { click, type FakeStore, fakeStore, flush, localise, tEn, tHi, typeInto, useContainer } from './fakes';

let container: HTMLElement;
useContainer((el) => {
  container = el;
});

function mount(fake: FakeStore) {
  act(() => render(<Options store={fake.store} localise={localise} />, container));
}

const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(selector: string) => [
  ...container.querySelectorAll<E>(selector),
];
/** The input whose <label> reads `label`, within `scope`. */
function byLabel(label: string, scope = '[data-testid="options"]'): HTMLInputElement {
  const found = $$<HTMLLabelElement>(`${scope} label`).find((l) => l.textContent?.trim() === label);
  const input = found && document.getElementById(found.htmlFor);
  if (!(input instanceof HTMLInputElement)) throw new Error(`no input labelled "${label}"`);
  return input;
}
const wait = (ms: number) => act(() => new Promise<void>((ok) => setTimeout(ok, ms)));

describe('Options', () => {
  it('labels every control; groups are fieldsets with legends', () => {
    mount(fakeStore({ disabledSites: ['a.org'] }));
    for (const input of $$<HTMLInputElement>('input')) {
      const label = container.querySelector(`label[for="${input.id}"]`);
      expect(label?.textContent?.trim(), `label of ${input.outerHTML}`).toBeTruthy();
    }
    const legends = $$('fieldset').map((f) => f.querySelector(':scope > legend')?.textContent);
    expect(legends).toEqual([
      tEn('optionsStyleLegend'),
      tEn('optionsMentionsLegend'),
      tEn('optionsVerdictsLegend'),
      tEn('optionsThemeLegend'),
      tEn('optionsLanguageLegend'),
    ]);
    expect($$('button').every((b) => (b.getAttribute('aria-label') ?? b.textContent)?.trim())).toBe(true);
    expect($('[role="status"]')).not.toBeNull();
    expect($('[role="alert"]')).not.toBeNull();
  });

  it('saves the on/off switch', async () => {
    const fake = fakeStore();
    mount(fake);
    click($('[data-testid="enabled-switch"]'));
    await flush();
    expect(fake.save).toHaveBeenCalledExactlyOnceWith({ enabled: false });
    expect($('[role="status"]')?.textContent).toBe(tEn('optionsSaved'));
  });

  it('saves the highlight style', async () => {
    const fake = fakeStore();
    mount(fake);
    const background = byLabel(tEn('optionsStyleBackground'));
    expect(byLabel(tEn('optionsStyleUnderline')).checked).toBe(true);
    click(background);
    await flush();
    expect(fake.save).toHaveBeenCalledExactlyOnceWith({ highlightStyle: 'background' });
    expect(background.checked).toBe(true);
  });

  it('saves which mentions to highlight', async () => {
    const fake = fakeStore();
    mount(fake);
    const first = byLabel(tEn('optionsMentionsFirst'));
    expect(byLabel(tEn('optionsMentionsAll')).checked).toBe(true);
    click(first);
    await flush();
    expect(fake.save).toHaveBeenCalledExactlyOnceWith({ mentions: 'first' });
    expect(first.checked).toBe(true);
  });

  it('shows the dwell in ms while it moves and saves it once it settles', async () => {
    const fake = fakeStore({ dwellMs: 400 });
    mount(fake);
    const range = byLabel(tEn('optionsDwellLabel'));
    expect([range.min, range.max, range.step, range.value]).toEqual(['150', '1500', '50', '400']);
    expect($('[data-testid="dwell-value"]')?.textContent).toBe('400 ms');
    typeInto(range, '650');
    expect($('[data-testid="dwell-value"]')?.textContent).toBe('650 ms');
    expect(range.getAttribute('aria-valuetext')).toBe('650 ms');
    typeInto(range, '700', ['input', 'change']);
    typeInto(range, '750', ['input', 'change']);
    expect(fake.save).not.toHaveBeenCalled();
    await wait(DWELL_SAVE_DELAY_MS + 50);
    await flush();
    expect(fake.save).toHaveBeenCalledExactlyOnceWith({ dwellMs: 750 });
    expect(fake.stored().dwellMs).toBe(750);
  });

  it('saves each verdict checkbox, keeping the others', async () => {
    const fake = fakeStore();
    mount(fake);
    click(byLabel(tEn('verdict_context')));
    await flush();
    expect(fake.save).toHaveBeenLastCalledWith({
      verdicts: { consistent: true, differs: true, outdated: true, context: false },
    });
    click(byLabel(tEn('verdict_consistent')));
    await flush();
    expect(fake.stored().verdicts).toEqual({
      consistent: false,
      differs: true,
      outdated: true,
      context: false,
    });
  });

  it('saves the theme and applies it to <html>', async () => {
    const fake = fakeStore();
    mount(fake);
    await flush();
    expect(document.documentElement.dataset.theme).toBe('system');
    click(byLabel(tEn('optionsThemeDark')));
    await flush();
    expect(fake.save).toHaveBeenCalledExactlyOnceWith({ theme: 'dark' });
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('saves the language and re-renders in it, with <html lang>', async () => {
    const fake = fakeStore();
    mount(fake);
    const hindi = byLabel('हिन्दी');
    expect(hindi.nextElementSibling?.getAttribute('lang')).toBe('hi');
    click(hindi);
    await flush();
    expect(fake.save).toHaveBeenCalledExactlyOnceWith({ language: 'hi' });
    expect(document.documentElement.lang).toBe('hi');
    expect(document.title).toBe(tHi('optionsTitle'));
    expect($('h1')?.textContent).toBe(tHi('optionsTitle'));
    expect($('[role="status"]')?.textContent).toBe(tHi('optionsSaved'));
  });

  describe('sites where Gloss is off', () => {
    const input = () => byLabel(tEn('optionsSiteAddLabel'));
    const submit = () => click($('form.add-site button[type="submit"]'));

    it('adds a host, normalised from what was typed', async () => {
      const fake = fakeStore({ disabledSites: ['b.org'] });
      mount(fake);
      expect($('[data-testid="sites"]')?.textContent).not.toContain(tEn('optionsSitesEmpty'));
      typeInto(input(), '  https://www.Example.com:8080/path ');
      submit();
      await flush();
      expect(fake.save).toHaveBeenCalledExactlyOnceWith({ disabledSites: ['b.org', 'example.com'] });
      expect($$('.site__host').map((s) => s.textContent)).toEqual(['b.org', 'example.com']);
      expect(input().value).toBe('');
    });

    it('rejects an invalid host with an inline error tied to the field, and saves nothing', async () => {
      const fake = fakeStore();
      mount(fake);
      typeInto(input(), 'not a host!');
      submit();
      await flush();
      const error = $('[data-testid="site-error"]');
      expect(error?.textContent).toBe(tEn('optionsSiteInvalid', 'not a host!'));
      expect(input().getAttribute('aria-invalid')).toBe('true');
      expect(input().getAttribute('aria-describedby')).toBe(error?.id);
      expect(document.activeElement).toBe(input());
      expect(fake.save).not.toHaveBeenCalled();

      typeInto(input(), 'not a host');
      expect($('[data-testid="site-error"]')).toBeNull();
      expect(input().getAttribute('aria-invalid')).toBe('false');
    });

    it('rejects an empty field and a host already listed', async () => {
      const fake = fakeStore({ disabledSites: ['example.com'] });
      mount(fake);
      submit();
      await flush();
      expect($('[data-testid="site-error"]')?.textContent).toBe(tEn('optionsSiteEmptyInput'));
      typeInto(input(), 'WWW.example.com');
      submit();
      await flush();
      expect($('[data-testid="site-error"]')?.textContent).toBe(tEn('optionsSiteDuplicate', 'example.com'));
      expect(fake.save).not.toHaveBeenCalled();
    });

    it('removes a host with its labelled button and moves focus to the next one', async () => {
      const fake = fakeStore({ disabledSites: ['a.org', 'b.org', 'c.org'] });
      mount(fake);
      const remove = $$('.site button');
      expect(remove.map((b) => b.getAttribute('aria-label'))).toEqual([
        tEn('optionsSiteRemove', 'a.org'),
        tEn('optionsSiteRemove', 'b.org'),
        tEn('optionsSiteRemove', 'c.org'),
      ]);
      expect(remove[1]?.textContent).toBe(tEn('optionsRemove'));
      click(remove[1]);
      await flush();
      expect(fake.save).toHaveBeenCalledExactlyOnceWith({ disabledSites: ['a.org', 'c.org'] });
      expect(document.activeElement?.getAttribute('aria-label')).toBe(tEn('optionsSiteRemove', 'c.org'));
    });

    it('says when the list is empty', () => {
      mount(fakeStore());
      expect($('[data-testid="sites"]')?.textContent).toContain(tEn('optionsSitesEmpty'));
    });
  });

  it('a failed save shows a clear error and puts the control back to what is stored', async () => {
    const fake = fakeStore();
    mount(fake);
    fake.failNextSave(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const background = byLabel(tEn('optionsStyleBackground'));
    click(background);
    expect(background.checked).toBe(true); // shown at once…
    await flush();
    expect(background.checked).toBe(false); // …and back once the save failed
    expect(byLabel(tEn('optionsStyleUnderline')).checked).toBe(true);
    expect(fake.stored().highlightStyle).toBe('underline');
    const alert = $('[role="alert"]')?.textContent ?? '';
    expect(alert).toContain(tEn('optionsSaveFailed'));
    expect(alert).toContain(tEn('saveQuota'));
    expect(alert).toContain(tEn('saveKept'));
    expect($('[role="status"]')?.textContent).toBe('');

    // A later save succeeds: the error goes, "Saved." comes.
    click(background);
    await flush();
    expect($('[role="alert"]')?.textContent).toBe('');
    expect($('[role="status"]')?.textContent).toBe(tEn('optionsSaved'));
  });

  it('a failure that is not about quota says only that it failed', async () => {
    const fake = fakeStore();
    mount(fake);
    fake.failNextSave(new Error('Sync is off'));
    click(byLabel(tEn('optionsThemeDark')));
    await flush();
    expect($('[role="alert"]')?.textContent).toBe(`${tEn('optionsSaveFailed')} ${tEn('saveKept')}`);
    expect(document.documentElement.dataset.theme).toBe('system');
  });

  it('reflects changes made elsewhere', async () => {
    const fake = fakeStore();
    mount(fake);
    fake.changeElsewhere({ highlightStyle: 'background', dwellMs: 900, disabledSites: ['x.org'] });
    await flush();
    expect(byLabel(tEn('optionsStyleBackground')).checked).toBe(true);
    expect(byLabel(tEn('optionsDwellLabel')).value).toBe('900');
    expect($$('.site__host').map((s) => s.textContent)).toEqual(['x.org']);
  });

  it('saves changes one after another, so none overwrites another', async () => {
    const fake = fakeStore();
    mount(fake);
    click(byLabel(tEn('optionsThemeDark')));
    click(byLabel(tEn('optionsStyleBackground')));
    click(byLabel(tEn('verdict_differs')));
    await flush();
    await flush();
    expect(fake.save.mock.calls.map(([patch]) => Object.keys(patch))).toEqual([
      ['theme'],
      ['highlightStyle'],
      ['verdicts'],
    ]);
    expect(fake.stored()).toMatchObject({ theme: 'dark', highlightStyle: 'background' });
    expect(fake.stored().verdicts.differs).toBe(false);
  });
});
