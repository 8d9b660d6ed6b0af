/**
 * Settings in extension storage: `storage.sync` where available (they follow the user and
 * survive clearing cookies and site data), else `storage.local`. The shape and parsing
 * live in core/settings.ts.
 */
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../core/settings';
import { browser } from './browser';

export type { Settings } from '../core/settings';

const KEY = 'settings';

function area() {
  return browser.storage.sync ?? browser.storage.local;
}

/** Reads settings, filling in defaults; a storage error gives the defaults. */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await area().get(KEY);
    return parseSettings(stored[KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Merges `patch` into the stored settings; rejects with the storage error (quota, sync off). */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...patch });
  await area().set({ [KEY]: next });
  return next;
}

/**
 * Calls `listener` with the new settings whenever they change; returns an unsubscribe. For the
 * worker and extension pages only: content scripts never read the settings (issue #11), the
 * worker tells them what they need (`settings/changed`, `page/display`).
 */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if ((areaName === 'sync' || areaName === 'local') && KEY in changes)
      listener(parseSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
