/** The hover dwell: a range in 50 ms steps with its value shown, saved once the reader settles. */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { DWELL_MAX_MS, DWELL_MIN_MS } from '../../core/settings';
import type { Translate } from '../../ui/i18n';

/**
 * Quiet time after the last change before saving. Arrow keys fire `change` on every step,
 * and storage.sync allows about 120 writes a minute (Chrome's MAX_WRITE_OPERATIONS_PER_MINUTE).
 */
export const DWELL_SAVE_DELAY_MS = 300;
export const DWELL_STEP_MS = 50;

export interface DwellControlProps {
  readonly t: Translate;
  readonly value: number;
  readonly onChange: (ms: number) => void;
}

export function DwellControl({ t, value, onChange }: DwellControlProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Follow the stored value (a change elsewhere, or a failed save going back).
  useEffect(() => setDraft(value), [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const settle = (ms: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (ms !== value) onChange(ms);
    }, DWELL_SAVE_DELAY_MS);
  };
  const shown = t('optionsDwellValue', String(draft));

  return (
    <div class="panel field" data-testid="dwell">
      <label for={id} class="field__label">
        {t('optionsDwellLabel')}
      </label>
      <div class="range">
        <input
          id={id}
          type="range"
          min={DWELL_MIN_MS}
          max={DWELL_MAX_MS}
          step={DWELL_STEP_MS}
          value={draft}
          aria-valuetext={shown}
          aria-describedby={`${id}-hint`}
          onInput={(e) => setDraft(Number(e.currentTarget.value))}
          onChange={(e) => settle(Number(e.currentTarget.value))}
        />
        <output for={id} class="range__value" data-testid="dwell-value">
          {shown}
        </output>
      </div>
      <p id={`${id}-hint`} class="hint">
        {t('optionsDwellHint')}
      </p>
    </div>
  );
}
