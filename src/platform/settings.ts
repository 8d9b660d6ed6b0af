/**
 * User settings in extension storage (`storage.sync` where available, so they survive
 * clearing cookies and site data and follow the user between machines).
 */
import { browser } from './browser';

export interface Settings {
  /** Pause Gloss everywhere. */
  readonly enabled: boolean;
}

export const DEFAULT_SETTINGS: Settings = { enabled: true };

function area() {
  return browser.storage.sync ?? browser.storage.local;
}

/** Reads settings, filling in defaults; storage errors give the defaults. */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await area().get(DEFAULT_SETTINGS as unknown as Record<string, unknown>);
    return { enabled: stored.enabled !== false };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await area().set(patch);
}
