/**
 * The UI language and its translate function. Catalogs are bundled (see ui/i18n.ts for
 * why); `auto` follows the browser's UI language.
 */
import en from '../../public/_locales/en/messages.json';
import hi from '../../public/_locales/hi/messages.json';
import type { UiLanguage } from '../core/settings';
import { type Catalog, createTranslate, type Translate } from '../ui/i18n';
import { browser } from './browser';

export type Language = 'en' | 'hi';

const CATALOGS: Record<Language, Catalog> = { en, hi };

/** The browser's UI language, as one Gloss has ("hi" or "en"). */
export function browserLanguage(): Language {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('hi') ? 'hi' : 'en';
  } catch {
    return 'en';
  }
}

/** The language a setting means. */
export function resolveLanguage(setting: UiLanguage): Language {
  return setting === 'auto' ? browserLanguage() : setting;
}

/** A translate function for `lang` (English fills any gap). */
export function translatorFor(lang: Language): Translate {
  return createTranslate(CATALOGS[lang], CATALOGS.en);
}
