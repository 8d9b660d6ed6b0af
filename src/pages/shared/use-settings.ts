/**
 * Settings as a page shows them: changes show at once and are saved one after another;
 * the page follows changes made elsewhere (another page, another device through sync).
 * When a save fails, what is shown goes back to what is stored, so the page never claims a
 * setting the browser does not have.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../core/settings';
import type { Translate } from '../../ui/i18n';
import type { Post } from './notices';
import type { SettingsStore } from './services';

export interface SettingsState {
  /** What the page shows: what is stored, plus changes still being saved. */
  readonly settings: Settings;
  /** Shows `patch` at once and saves it after any save still under way. */
  update(patch: Partial<Settings>): void;
}

/** Chrome says "QUOTA_BYTES… quota exceeded" / "MAX_WRITE_OPERATIONS… quota exceeded"; Firefox "QuotaExceededError". */
export function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}

/** The message for a failed save. */
export function saveFailedText(t: Translate, quota: boolean): string {
  return [t('optionsSaveFailed'), quota ? t('saveQuota') : '', t('saveKept')].filter(Boolean).join(' ');
}

/** Settings from `store`, kept live; every save's outcome is posted to `post`. */
export function useSettings(store: SettingsStore, post: Post): SettingsState {
  const [shown, setShown] = useState<Settings>(store.initial);
  const stored = useRef(store.initial);
  const current = useRef(store.initial);
  const pending = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const show = (settings: Settings) => {
    current.current = settings;
    setShown(settings);
  };

  useEffect(
    () =>
      store.subscribe((settings) => {
        stored.current = settings;
        // While our own saves are under way, their results bring the page up to date.
        if (pending.current === 0) show(settings);
      }),
    [store],
  );

  const update = (patch: Partial<Settings>) => {
    show({ ...current.current, ...patch });
    pending.current += 1;
    // Saves run one at a time: each reads, merges and writes the whole settings object.
    queue.current = queue.current.then(() =>
      store.save(patch).then(
        (saved) => {
          stored.current = saved;
          pending.current -= 1;
          if (pending.current === 0) show(saved);
          post('ok', (t) => t('optionsSaved'));
        },
        (error: unknown) => {
          pending.current -= 1;
          show(stored.current);
          const quota = isQuotaError(error);
          post('error', (t) => saveFailedText(t, quota));
        },
      ),
    );
  };

  return { settings: shown, update };
}
