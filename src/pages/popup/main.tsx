import { render } from 'preact';
import { browserLanguage, t } from '../../platform/i18n';
import { Popup } from './Popup';
import { loadPageSummary } from './summary';

document.documentElement.lang = browserLanguage();
render(<Popup t={t} load={loadPageSummary} />, document.getElementById('app') as HTMLElement);
