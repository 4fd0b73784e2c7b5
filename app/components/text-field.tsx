import { type HTMLAttributes, type HTMLInputTypeAttribute, useId } from 'react';
import { FieldMessages } from './field-messages.tsx';
import './fields.css';

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The reason the value is refused, in words; shown under the field. */
  error?: string;
  hint?: string;
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  placeholder?: string;
  name?: string;
  required?: boolean;
  disabled?: boolean;
  multiline?: boolean;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
};

/** A labelled input (or textarea) with its hint and its error tied to it for screen readers. */
export function TextField({ label, value, onChange, error, hint, type = 'text', multiline, ...rest }: Props) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    ...rest,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(e) => onChange(e.target.value)} />
      )}
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
