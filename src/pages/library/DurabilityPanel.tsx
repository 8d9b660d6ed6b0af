/**
 * Durability, stated plainly: whether the browser promised to keep Gloss's storage
 * (persist()), a notice when the eviction canary shows the library was cleared, and a
 * one-click backup (the complete JSON export).
 */
import { useId } from 'preact/hooks';
import type { PersistAnswer } from '../../platform/durability';
import type { Translate } from '../../ui/i18n';
import type { Durability } from './service';

export interface DurabilityPanelProps {
  readonly t: Translate;
  readonly durability: Durability | null;
  readonly onBackup: () => void;
}

const PERSIST_KEYS: Record<PersistAnswer, string> = {
  granted: 'libraryPersistGranted',
  denied: 'libraryPersistDenied',
  unsupported: 'libraryPersistUnsupported',
};

export function DurabilityPanel({ t, durability, onBackup }: DurabilityPanelProps) {
  const id = useId();
  return (
    <section class="panel durability" aria-labelledby={`${id}-h`} data-testid="durability">
      <h2 id={`${id}-h`}>{t('libraryDurability')}</h2>
      {durability?.evicted && (
        <p class="notice notice--error" data-testid="evicted">
          {t('libraryEvicted')}
        </p>
      )}
      <p data-testid="persist">
        {durability ? t(PERSIST_KEYS[durability.persist]) : t('libraryPersistChecking')}
      </p>
      <button type="button" onClick={onBackup} data-testid="backup">
        {t('libraryBackup')}
      </button>
    </section>
  );
}
