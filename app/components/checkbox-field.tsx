import { type ReactNode, useId } from 'react';
import './fields.css';

type Props = {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  disabled?: boolean;
};

/** A checkbox with its label beside it and an optional hint below. */
export function CheckboxField({ label, checked, onChange, hint, disabled }: Props) {
  const id = useId();
  return (
    <div className="checkbox-field">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint checkbox-field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
