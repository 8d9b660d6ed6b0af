/**
 * Stepping from difference to difference: Previous/Next buttons with accessible names, and
 * the keys n or j (next) and p or k (previous) anywhere on the page outside a form field.
 * The sentence stepped to takes focus (its partner lights up and scrolls level); a polite
 * status says which difference it is.
 */
import { useLayoutEffect } from 'preact/hooks';
import type { Translate } from '../../ui/i18n';
import type { Difference } from './view';

export interface NavigatorProps {
  readonly t: Translate;
  readonly count: number;
  /** Index into the differences, -1 before the first step. */
  readonly position: number;
  readonly current: Difference | null;
  readonly onStep: (step: 1 | -1) => void;
}

const KIND_KEYS = {
  only: 'compareKindOnly',
  changed: 'compareKindChanged',
  conflict: 'compareKindConflict',
} as const;

/** The step a key asks for, or null (modifiers and form fields are left alone). */
export function stepForKey(
  e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target'>,
): 1 | -1 | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  const target = e.target as Element | null;
  if (target?.closest?.('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))
    return null;
  if (e.key === 'n' || e.key === 'j') return 1;
  if (e.key === 'p' || e.key === 'k') return -1;
  return null;
}

export function Navigator({ t, count, position, current, onStep }: NavigatorProps) {
  // A layout effect: the keys work from the moment the buttons do.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const step = stepForKey(e);
      if (step === null || count === 0) return;
      e.preventDefault();
      onStep(step);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [count, onStep]);
  const side = current ? t(current.side === 'a' ? 'compareSideA' : 'compareSideB') : '';
  return (
    <nav class="navigator" aria-label={t('compareNavigation')} data-testid="navigator">
      <button
        type="button"
        class="button"
        disabled={count === 0}
        onClick={() => onStep(-1)}
        aria-keyshortcuts="p k"
      >
        {t('comparePrevious')}
      </button>
      <button
        type="button"
        class="button"
        disabled={count === 0}
        onClick={() => onStep(1)}
        aria-keyshortcuts="n j"
      >
        {t('compareNext')}
      </button>
      <p role="status" class="navigator__status" data-testid="navigator-status">
        {count === 0
          ? t('compareNoDifferences')
          : current
            ? t('compareDifferenceOf', [
                String(position + 1),
                String(count),
                t(KIND_KEYS[current.kind]),
                side,
              ])
            : t('compareDifferences', String(count))}
      </p>
      <p class="hint navigator__keys">{t('compareKeysHint')}</p>
    </nav>
  );
}
