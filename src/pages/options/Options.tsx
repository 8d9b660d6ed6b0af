import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../platform/settings';
import type { Translate } from '../../ui/i18n';

export interface OptionsProps {
  readonly t: Translate;
  readonly load: () => Promise<Settings>;
  readonly save: (patch: Partial<Settings>) => Promise<unknown>;
}

/** The options page. Settings are saved as they change. */
export function Options({ t, load, save }: OptionsProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void load().then(setSettings);
  }, [load]);

  const update = (patch: Partial<Settings>) => {
    if (!settings) return;
    setSettings({ ...settings, ...patch });
    save(patch).then(
      () => setStatus(t('optionsSaved')),
      () => setStatus(t('optionsSaveFailed')),
    );
  };

  return (
    <main data-testid="options">
      <h1>{t('optionsTitle')}</h1>
      {settings && (
        <label>
          <input
            type="checkbox"
            checked={settings.enabled}
            onChange={(e) => update({ enabled: (e.currentTarget as HTMLInputElement).checked })}
          />{' '}
          {t('optionsEnabled')}
        </label>
      )}
      <p role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
