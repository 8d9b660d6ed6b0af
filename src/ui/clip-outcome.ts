/** The sentence for a save's outcome, as the popup and the in-page notice show it. */
import type { SaveOutcome, SaveRefusal } from '../core/messages';
import type { Translate } from './i18n';

const REFUSAL_KEYS: Record<SaveRefusal, string> = {
  'form-field': 'clipRefused_form_field',
  frames: 'clipRefused_frames',
  nothing: 'clipRefused_nothing',
  'no-selection': 'clipRefused_no_selection',
  'not-web': 'clipRefused_not_web',
  unreachable: 'clipRefused_unreachable',
  storage: 'clipRefused_storage',
};

/** "Saved to Gloss." or why not, in the reader's language (the storage error's own words kept). */
export function outcomeText(t: Translate, outcome: SaveOutcome): string {
  if (outcome.saved) return outcome.kind === 'passage' ? t('clipSavedPassage') : t('clipSavedArticle');
  return t(REFUSAL_KEYS[outcome.reason], outcome.detail ?? '');
}
