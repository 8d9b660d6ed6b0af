/**
 * "Check every page's text" (ADR 0021): off by default, so the worker's first gate on a page's
 * title and URL decides which pages get the probe; on, every http(s) page does.
 */
import { useId } from 'preact/hooks';
import type { Translate } from '../../ui/i18n';
import { Switch } from '../shared/Switch';

export interface CheckEveryPageSettingProps {
  readonly t: Translate;
  readonly on: boolean;
  readonly onChange: (on: boolean) => void;
}

export function CheckEveryPageSetting({ t, on, onChange }: CheckEveryPageSettingProps) {
  const id = useId();
  return (
    <section class="panel" aria-labelledby={`${id}-h`} data-testid="check-every-page">
      <h2 id={`${id}-h`}>{t('optionsCheckHeading')}</h2>
      <Switch
        checked={on}
        onChange={onChange}
        description={t('optionsCheckEveryPageNote')}
        testId="check-every-page-switch"
      >
        {t('optionsCheckEveryPage')}
      </Switch>
    </section>
  );
}
