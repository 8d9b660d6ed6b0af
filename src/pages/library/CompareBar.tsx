/**
 * Choosing two clips for compare. The compare view is the next issue: until it exists the
 * button stays disabled and says why, rather than opening something that pretends to compare.
 */
import { useId } from 'preact/hooks';
import type { Translate } from '../../ui/i18n';

export interface CompareBarProps {
  readonly t: Translate;
  readonly chosen: number;
  readonly onClear: () => void;
}

export function CompareBar({ t, chosen, onClear }: CompareBarProps) {
  const id = useId();
  return (
    <div class="compare-bar" data-testid="compare-bar">
      <p id={`${id}-state`}>
        {chosen === 2 ? t('libraryCompareUnavailable') : t('libraryCompareChoose', String(chosen))}
      </p>
      <button type="button" disabled aria-describedby={`${id}-state`} data-testid="compare">
        {t('libraryCompare')}
      </button>
      {chosen > 0 && (
        <button type="button" onClick={onClear}>
          {t('libraryCompareClear')}
        </button>
      )}
    </div>
  );
}
