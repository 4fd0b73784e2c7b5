import { useId } from 'react';
import { FieldMessages } from './field-messages.tsx';
import './fields.css';

export type SelectOption = { value: string; label: string; disabled?: boolean };

type Props = {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  /** Shown as a first, empty choice ("Choose a team…"). */
  placeholder?: string;
  disabled?: boolean;
  /** Hide the label visually (it stays the accessible name), for selects inside table rows. */
  hideLabel?: boolean;
};

/** A labelled native select: keyboard and screen readers work as everywhere else. */
export function SelectField({ label, value, options, onChange, error, hint, placeholder, disabled, hideLabel }: Props) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${hideLabel ? ' field--inline' : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      >
        {placeholder !== undefined && (
          <option value="" disabled>
            {placeholder}
          </option>
        )}
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
