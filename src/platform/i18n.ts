/** UI strings from `_locales` through `i18n.getMessage`; falls back to the key, never throws. */
import type { Translate } from '../ui/i18n';
import { browser } from './browser';

export const t: Translate = (key, substitutions) => {
  try {
    return browser.i18n.getMessage(key, substitutions as string | string[] | undefined) || key;
  } catch {
    return key;
  }
};

/** The UI language the browser chose for Gloss's strings ("en", "hi"). */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
