import type { ReactNode } from 'react';
import { BusyButton } from '../../components/busy-button.tsx';
import { FormError } from '../../components/form-error.tsx';
import { FormSuccess } from './form-success.tsx';

type Props = {
  /** The refusal that belongs to no single field. */
  error?: string;
  busy: boolean;
  busyLabel: string;
  /** The label of the submit button. */
  children: ReactNode;
  /** What the last submit did, in words. */
  success: string | undefined;
  /** Disabled for another reason too; it always is while busy. */
  disabled?: boolean;
  /** More buttons, after the submit one. */
  extra?: ReactNode;
};

/** The end of a settings form: its refusal, the submit button, and what the last submit did. */
export function FormFooter({ error, busy, busyLabel, children, success, disabled, extra }: Props) {
  return (
    <>
      <FormError message={error} />
      <div className="settings-form__actions">
        <BusyButton busy={busy} busyLabel={busyLabel} disabled={disabled}>
          {children}
        </BusyButton>
        {extra}
        <FormSuccess message={success} />
      </div>
    </>
  );
}
