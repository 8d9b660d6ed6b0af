/** Fakes for the pages' services: settings in memory, the real catalogs, and a flush for Preact. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import hi from '../../../public/_locales/hi/messages.json';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../../src/core/settings';
import type { Localise, SettingsStore } from '../../../src/pages/shared/services';
import { createTranslate } from '../../../src/ui/i18n';

/** `auto` resolves to English here, as in a browser whose UI language is English. */
export const localise: Localise = (setting) => {
  const lang = setting === 'hi' ? 'hi' : 'en';
  return { lang, t: createTranslate(lang === 'hi' ? hi : en, en) };
};

export const tEn = createTranslate(en, en);
export const tHi = createTranslate(hi, en);

export interface FakeStore {
  readonly store: SettingsStore;
  readonly save: ReturnType<typeof vi.fn<(patch: Partial<Settings>) => Promise<Settings>>>;
  /** What is "in storage". */
  stored(): Settings;
  /** A change made elsewhere (another page or device). */
  changeElsewhere(patch: Partial<Settings>): void;
  /** The next save rejects with `error`. */
  failNextSave(error: Error): void;
}

export function fakeStore(initial: Partial<Settings> = {}): FakeStore {
  let stored = parseSettings({ ...DEFAULT_SETTINGS, ...initial });
  const listeners = new Set<(s: Settings) => void>();
  let failure: Error | null = null;
  const notify = () => {
    for (const l of listeners) l(stored);
  };
  const save = vi.fn(async (patch: Partial<Settings>) => {
    if (failure) {
      const error = failure;
      failure = null;
      throw error;
    }
    stored = parseSettings({ ...stored, ...patch });
    notify();
    return stored;
  });
  return {
    store: {
      initial: stored,
      save,
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    save,
    stored: () => stored,
    changeElsewhere(patch) {
      stored = parseSettings({ ...stored, ...patch });
      act(notify);
    },
    failNextSave(error) {
      failure = error;
    },
  };
}

/** Lets pending promises, timers of 0 ms and Preact's effects run. */
export async function flush(): Promise<void> {
  await act(async () => {
    await new Promise((ok) => setTimeout(ok, 0));
  });
}

/** A promise with its resolve function, to control when a fake answers. */
/** Waits, flushing Preact (and IndexedDB, liveQuery) each try, until `check` passes. */
export const until = (check: () => void) =>
  vi.waitFor(
    async () => {
      await flush();
      check();
    },
    { timeout: 3_000, interval: 20 },
  );

export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((ok) => {
    resolve = ok;
  });
  return { promise, resolve };
}

/** Sets a control's value and fires the events a browser would (for Preact's onInput/onChange). */
export function typeInto(input: HTMLInputElement, value: string, events: string[] = ['input']): void {
  act(() => {
    input.value = value;
    for (const type of events) input.dispatchEvent(new Event(type, { bubbles: true }));
  });
}

export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('nothing to click');
  act(() => (el as HTMLElement).click());
}

/**
 * A fresh container in <body> for each test, handed to `assign`; unmounted and removed
 * after it, with the <html> theme and language the pages set reset.
 */
export function useContainer(assign: (container: HTMLElement) => void): void {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    assign(container);
  });
  afterEach(() => {
    render(null, container);
    container.remove();
    document.documentElement.removeAttribute('data-theme');
    document.documentElement.lang = '';
  });
}
