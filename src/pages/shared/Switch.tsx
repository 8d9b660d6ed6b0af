/** An on/off switch: a native checkbox with the switch role, so it is focusable and labelled as usual. */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface SwitchProps {
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly children: ComponentChildren;
  /** A line under the label, announced as the switch's description. */
  readonly description?: ComponentChildren;
  readonly testId?: string;
}

export function Switch({ checked, onChange, children, description, testId }: SwitchProps) {
  const id = useId();
  return (
    <div class="switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        class="switch__input"
        checked={checked}
        // Implied by `checked`; stated because the switch role requires it (kept equal, as axe checks).
        aria-checked={checked ? 'true' : 'false'}
        aria-describedby={description ? `${id}-desc` : undefined}
        data-testid={testId}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id} class="switch__label">
        {children}
      </label>
      {description && (
        <span id={`${id}-desc`} class="switch__desc">
          {description}
        </span>
      )}
    </div>
  );
}
