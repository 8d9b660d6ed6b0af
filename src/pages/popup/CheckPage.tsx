/**
 * A page the worker's first gate skipped (ADR 0021): its title and URL named nothing in the fact
 * base, so Gloss did not read it. The popup says so and offers "Check this page": the reader's
 * click has the worker inject the probe, and the popup then asks the page again.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../ui/i18n';

export interface SkippedPage {
  readonly url: string;
  readonly title: string;
}

/** The skipped page, once `load` (absent while a content script answered) has told it. */
export function useSkipped(load: (() => Promise<SkippedPage | null>) | undefined): SkippedPage | null {
  const [page, setPage] = useState<SkippedPage | null>(null);
  useEffect(() => {
    if (!load) {
      setPage(null);
      return;
    }
    let live = true;
    load().then(
      (p) => live && setPage(p),
      () => live && setPage(null),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return page;
}

export interface CheckPageProps {
  readonly t: Translate;
  readonly check: () => Promise<boolean>;
  readonly onChecked: () => void;
}

export function CheckPage({ t, check, onChecked }: CheckPageProps) {
  const [checking, setChecking] = useState(false);
  const run = () => {
    setChecking(true);
    check().finally(() => {
      setChecking(false);
      onChecked();
    });
  };
  return (
    <div data-testid="skipped">
      <p class="message">{checking ? t('popupChecking') : t('popupSkipped')}</p>
      <button type="button" class="button" data-testid="check-page" disabled={checking} onClick={run}>
        {t('popupCheckPage')}
      </button>
    </div>
  );
}
