import { useEffect, useState } from 'preact/hooks';
import type { PageSummary } from '../../core/messages';
import type { Translate } from '../../ui/i18n';

export interface PopupProps {
  readonly t: Translate;
  readonly load: () => Promise<PageSummary | null>;
}

type View = { state: 'loading' } | { state: 'ready'; summary: PageSummary | null };

/** The toolbar popup: what Gloss found on the current page. */
export function Popup({ t, load }: PopupProps) {
  const [view, setView] = useState<View>({ state: 'loading' });
  useEffect(() => {
    load()
      .then((summary) => setView({ state: 'ready', summary }))
      .catch(() => setView({ state: 'ready', summary: null }));
  }, [load]);

  return (
    <main data-testid="popup" aria-busy={view.state === 'loading'}>
      <h1>{t('extName')}</h1>
      {view.state === 'loading' && <p>{t('popupLoading')}</p>}
      {view.state === 'ready' && !view.summary?.annotations.length && <p>{t('popupNothing')}</p>}
      {view.state === 'ready' && view.summary && view.summary.annotations.length > 0 && (
        <>
          <p aria-live="polite">{t('popupCount', String(view.summary.annotations.length))}</p>
          <ul class="annotations">
            {view.summary.annotations.map((a) => (
              <li key={a.id}>
                <strong>{a.quote}</strong> — {a.title}
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
