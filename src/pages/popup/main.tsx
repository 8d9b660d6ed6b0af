import { render } from 'preact';
import { t, uiLanguage } from '../../platform/i18n';
import { Popup } from './Popup';
import { loadPageSummary } from './summary';

document.documentElement.lang = uiLanguage();
render(<Popup t={t} load={loadPageSummary} />, document.getElementById('app') as HTMLElement);
