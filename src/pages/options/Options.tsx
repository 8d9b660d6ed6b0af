/**
 * The options page. Every change is saved at once (status in a live region); a failed save
 * puts the control back to what is stored. Changes made elsewhere show up here.
 */
import type { Verdict } from '../../core/claims/verdict';
import {
  type HighlightStyle,
  type Mentions,
  type Theme,
  type UiLanguage,
  VERDICTS,
} from '../../core/settings';
import type { Translate } from '../../ui/i18n';
import { Choices } from '../shared/Choices';
import { useDocumentPrefs } from '../shared/document';
import { Notices, useNotices } from '../shared/notices';
import { Switch } from '../shared/Switch';
import type { Localise, SettingsStore } from '../shared/services';
import { useSettings } from '../shared/use-settings';
import { CheckEveryPageSetting } from './CheckEveryPageSetting';
import { DwellControl } from './DwellControl';
import { FactPacks } from './FactPacks';
import type { PackService } from './pack-service';
import { RevisitSetting } from './RevisitSetting';
import { SiteList } from './SiteList';
import { VerdictChoices } from './VerdictChoices';

export interface OptionsProps {
  readonly store: SettingsStore;
  readonly localise: Localise;
  /** The reader's fact packs; the section is left out without it. */
  readonly packs?: PackService;
}

const MENTION_KEYS: Record<Mentions, string> = {
  all: 'optionsMentionsAll',
  first: 'optionsMentionsFirst',
};
const STYLE_KEYS: Record<HighlightStyle, string> = {
  underline: 'optionsStyleUnderline',
  background: 'optionsStyleBackground',
};
const THEME_KEYS: Record<Theme, string> = {
  system: 'optionsThemeSystem',
  light: 'optionsThemeLight',
  dark: 'optionsThemeDark',
};
const LANGUAGE_KEYS: Record<UiLanguage, string> = {
  auto: 'optionsLanguageAuto',
  en: 'languageEnglish',
  hi: 'languageHindi',
};
/** Language names are written in their own language, so readers find theirs in any UI language. */
const LANGUAGE_LANGS: Partial<Record<UiLanguage, string>> = { en: 'en', hi: 'hi' };

function labelled<T extends string>(t: Translate, keys: Record<T, string>): Array<[T, string]> {
  return (Object.keys(keys) as T[]).map((value) => [value, t(keys[value])]);
}

export function Options({ store, localise, packs }: OptionsProps) {
  const [notice, post] = useNotices();
  const { settings, update } = useSettings(store, post);
  const { lang, t } = localise(settings.language);
  useDocumentPrefs({ lang, theme: settings.theme, title: t('optionsTitle') });

  return (
    <main data-testid="options" class="options">
      <h1>{t('optionsTitle')}</h1>
      <div class="panel">
        <Switch
          checked={settings.enabled}
          onChange={(enabled) => update({ enabled })}
          testId="enabled-switch"
        >
          {t('optionsEnabled')}
        </Switch>
      </div>
      <SiteList
        t={t}
        sites={settings.disabledSites}
        onChange={(disabledSites) => update({ disabledSites })}
      />
      <Choices
        name="highlight-style"
        legend={t('optionsStyleLegend')}
        options={labelled(t, STYLE_KEYS)}
        value={settings.highlightStyle}
        onChange={(highlightStyle) => update({ highlightStyle })}
      />
      <Choices
        name="mentions"
        legend={t('optionsMentionsLegend')}
        options={labelled(t, MENTION_KEYS)}
        value={settings.mentions}
        onChange={(mentions) => update({ mentions })}
      />
      <DwellControl t={t} value={settings.dwellMs} onChange={(dwellMs) => update({ dwellMs })} />
      <VerdictChoices
        t={t}
        verdicts={settings.verdicts}
        onChange={(verdict: Verdict, on: boolean) =>
          update({ verdicts: { ...settings.verdicts, [verdict]: on } })
        }
        order={VERDICTS}
      />
      <Choices
        name="theme"
        legend={t('optionsThemeLegend')}
        options={labelled(t, THEME_KEYS)}
        value={settings.theme}
        onChange={(theme) => update({ theme })}
      />
      <Choices
        name="language"
        legend={t('optionsLanguageLegend')}
        options={labelled(t, LANGUAGE_KEYS)}
        value={settings.language}
        onChange={(language) => update({ language })}
        langs={LANGUAGE_LANGS}
      />
      <RevisitSetting t={t} on={settings.revisit} onChange={(revisit) => update({ revisit })} />
      <CheckEveryPageSetting
        t={t}
        on={settings.checkEveryPage}
        onChange={(checkEveryPage) => update({ checkEveryPage })}
      />
      {packs && <FactPacks t={t} service={packs} post={post} />}
      <Notices t={t} notice={notice} />
    </main>
  );
}
