/**
 * What the extension pages need from the browser, as plain functions. `main.tsx` of each
 * page builds these from platform/ (see platform-services.ts); DOM tests pass fakes, so the
 * components never call `browser.*` themselves.
 */
import type { Settings, UiLanguage } from '../../core/settings';
import type { Language } from '../../platform/i18n';
import type { Translate } from '../../ui/i18n';

/** The reader's settings as a page sees them: read once before the first render, then kept live. */
export interface SettingsStore {
  /** The settings read before the page was rendered. */
  readonly initial: Settings;
  /** Merges `patch` into storage; resolves with what is now stored, rejects on storage errors (quota). */
  save(patch: Partial<Settings>): Promise<Settings>;
  /** Calls `listener` whenever the stored settings change (here or elsewhere); returns an unsubscribe. */
  subscribe(listener: (settings: Settings) => void): () => void;
}

/** The UI language for a `language` setting, and its translate function. */
export interface Localised {
  readonly lang: Language;
  readonly t: Translate;
}

export type Localise = (setting: UiLanguage) => Localised;
