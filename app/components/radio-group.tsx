import { useId } from 'react';
import './fields.css';

export type RadioOption = { value: string; label: string; description?: string; disabled?: boolean };

type Props = {
  legend: string;
  value: string;
  options: readonly RadioOption[];
  onChange: (value: string) => void;
  name?: string;
};

/** One choice out of a few, each with an optional line of explanation; arrow keys move. */
export function RadioGroup({ legend, value, options, onChange, name }: Props) {
  const id = useId();
  return (
    <fieldset className="radio-group">
      <legend>{legend}</legend>
      {options.map((o) => (
        <div key={o.value} className="radio-group__option">
          <input
            id={`${id}-${o.value}`}
            type="radio"
            name={name ?? id}
            value={o.value}
            checked={value === o.value}
            disabled={o.disabled}
            onChange={() => onChange(o.value)}
            aria-describedby={o.description ? `${id}-${o.value}-description` : undefined}
          />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          {o.description && (
            <p id={`${id}-${o.value}-description`} className="field__hint radio-group__description">
              {o.description}
            </p>
          )}
        </div>
      ))}
    </fieldset>
  );
}
