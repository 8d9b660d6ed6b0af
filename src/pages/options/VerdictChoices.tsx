/** Which claim verdicts are highlighted: one checkbox each, in a fieldset. Terms are always shown. */
import { useId } from 'preact/hooks';
import type { Verdict } from '../../core/claims/verdict';
import type { Translate } from '../../ui/i18n';

const VERDICT_KEYS: Record<Verdict, string> = {
  consistent: 'verdict_consistent',
  differs: 'verdict_differs',
  outdated: 'verdict_outdated',
  context: 'verdict_context',
};

export interface VerdictChoicesProps {
  readonly t: Translate;
  readonly verdicts: Readonly<Record<Verdict, boolean>>;
  readonly order: readonly Verdict[];
  readonly onChange: (verdict: Verdict, on: boolean) => void;
}

export function VerdictChoices({ t, verdicts, order, onChange }: VerdictChoicesProps) {
  const id = useId();
  return (
    <fieldset class="choices" aria-describedby={`${id}-hint`} data-testid="choices-verdicts">
      <legend>{t('optionsVerdictsLegend')}</legend>
      <p id={`${id}-hint`} class="hint">
        {t('optionsVerdictsHint')}
      </p>
      {order.map((verdict) => (
        <div key={verdict} class={`choice choice--${verdict}`}>
          <input
            id={`${id}-${verdict}`}
            type="checkbox"
            name={verdict}
            checked={verdicts[verdict]}
            onChange={(e) => onChange(verdict, e.currentTarget.checked)}
          />
          <label for={`${id}-${verdict}`}>{t(VERDICT_KEYS[verdict])}</label>
        </div>
      ))}
    </fieldset>
  );
}
