/** A group of radio buttons in a fieldset with a legend. */
import { useId } from 'preact/hooks';

export interface ChoicesProps<T extends string> {
  readonly legend: string;
  /** Value → visible label, in display order. */
  readonly options: ReadonlyArray<readonly [T, string]>;
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly name: string;
  /** Optional `lang` per option, for labels written in another language (language names). */
  readonly langs?: Partial<Record<T, string>>;
}

export function Choices<T extends string>({
  legend,
  options,
  value,
  onChange,
  name,
  langs,
}: ChoicesProps<T>) {
  const id = useId();
  return (
    <fieldset class="choices" data-testid={`choices-${name}`}>
      <legend>{legend}</legend>
      {options.map(([option, label]) => (
        <div key={option} class="choice">
          <input
            id={`${id}-${option}`}
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <label for={`${id}-${option}`} lang={langs?.[option]}>
            {label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
