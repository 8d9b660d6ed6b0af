import { render } from 'preact';
import { browserLanguage, t } from '../../platform/i18n';
import { loadSettings, saveSettings } from '../../platform/settings';
import { Options } from './Options';

document.documentElement.lang = browserLanguage();
render(
  <Options t={t} load={loadSettings} save={saveSettings} />,
  document.getElementById('app') as HTMLElement,
);
