/** The real services for the pages' `main.tsx`: settings in extension storage, bundled catalogs. */
import type { Settings } from '../../core/settings';
import { resolveLanguage, translatorFor } from '../../platform/i18n';
import { loadSettings, onSettingsChanged, saveSettings } from '../../platform/settings';
import type { Localise, SettingsStore } from './services';

/**
 * Reads the settings once and returns a store over extension storage. It listens before it
 * reads, and hands a new subscriber the latest change it saw: a change made while the page
 * was loading or rendering (before its components subscribed) is not lost.
 */
export async function openSettingsStore(): Promise<SettingsStore> {
  let latest: Settings | null = null;
  const listeners = new Set<(settings: Settings) => void>();
  onSettingsChanged((settings) => {
    latest = settings;
    for (const listener of listeners) listener(settings);
  });
  const loaded = await loadSettings();
  return {
    initial: latest ?? loaded,
    save: saveSettings,
    subscribe(listener) {
      listeners.add(listener);
      if (latest) listener(latest);
      return () => listeners.delete(listener);
    },
  };
}

/** The language a setting resolves to in this browser, with its translator. */
export const localise: Localise = (setting) => {
  const lang = resolveLanguage(setting);
  return { lang, t: translatorFor(lang) };
};
