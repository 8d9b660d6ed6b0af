/**
 * Choosing two clips for compare: with two chosen, Compare is a link to the compare page
 * (the first chosen on the left); before that it is a disabled button that says what is missing.
 */
import { useId } from 'preact/hooks';
import type { Translate } from '../../ui/i18n';
import { compareHref } from './compare-link';

export interface CompareBarProps {
  readonly t: Translate;
  /** The chosen clip ids, in the order chosen (at most two). */
  readonly chosen: readonly string[];
  readonly onClear: () => void;
}

export function CompareBar({ t, chosen, onClear }: CompareBarProps) {
  const id = useId();
  const [a, b] = chosen;
  return (
    <div class="compare-bar" data-testid="compare-bar">
      <p id={`${id}-state`}>
        {a && b ? t('libraryCompareReady') : t('libraryCompareChoose', String(chosen.length))}
      </p>
      {a && b ? (
        <a class="button" href={compareHref(a, b)} aria-describedby={`${id}-state`} data-testid="compare">
          {t('libraryCompare')}
        </a>
      ) : (
        <button type="button" disabled aria-describedby={`${id}-state`} data-testid="compare">
          {t('libraryCompare')}
        </button>
      )}
      {chosen.length > 0 && (
        <button type="button" onClick={onClear}>
          {t('libraryCompareClear')}
        </button>
      )}
    </div>
  );
}
