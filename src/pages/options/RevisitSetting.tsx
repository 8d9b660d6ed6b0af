/**
 * The revisit setting (docs/adr/0019-revisit.md): off by default, with the plain explanation that
 * when it is on the page's scripts can see which passages are marked.
 */
import { useId } from 'preact/hooks';
import type { Translate } from '../../ui/i18n';
import { Switch } from '../shared/Switch';

export interface RevisitSettingProps {
  readonly t: Translate;
  readonly on: boolean;
  readonly onChange: (on: boolean) => void;
}

export function RevisitSetting({ t, on, onChange }: RevisitSettingProps) {
  const id = useId();
  return (
    <section class="panel" aria-labelledby={`${id}-h`} data-testid="revisit">
      <h2 id={`${id}-h`}>{t('optionsRevisitHeading')}</h2>
      <Switch checked={on} onChange={onChange} description={t('optionsRevisitNote')} testId="revisit-switch">
        {t('optionsRevisit')}
      </Switch>
    </section>
  );
}
