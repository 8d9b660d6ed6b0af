/**
 * The reader's saved passages on this page, when the revisit setting is on (docs/adr/0019-revisit.md):
 * how many are highlighted, and the orphans — passages that could not be placed confidently on the
 * page as it is now — listed here rather than highlighted in a wrong place. Nothing shows when the
 * page has none or the setting is off (the page then has no revisit feature to answer).
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { RevisitStatus } from '../../core/messages';
import type { Translate } from '../../ui/i18n';

export interface SavedHereProps {
  readonly t: Translate;
  /** The page's quote language, for the orphans' quotes. */
  readonly lang: string | null;
  readonly load: () => Promise<RevisitStatus | null>;
}

export function SavedHere({ t, lang, load }: SavedHereProps) {
  const id = useId();
  const [status, setStatus] = useState<RevisitStatus | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (s) => live && setStatus(s),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [load]);
  if (!status || (status.shown === 0 && status.orphans.length === 0)) return null;
  return (
    <section class="saved-here" aria-labelledby={`${id}-h`} data-testid="saved-here">
      <h2 id={`${id}-h`}>{t('popupRevisitHeading')}</h2>
      <p data-testid="saved-here-shown">{t('popupRevisitShown', String(status.shown))}</p>
      {status.orphans.length > 0 && (
        <>
          <p id={`${id}-o`}>{t('popupRevisitOrphans')}</p>
          <ul class="saved-here__orphans" aria-labelledby={`${id}-o`} data-testid="orphans">
            {status.orphans.map((quote, i) => (
              // Quotes may repeat; the list is the page's one answer and never reorders.
              <li key={i}>
                <q lang={lang ?? undefined}>{quote}</q>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
