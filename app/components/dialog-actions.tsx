import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from './busy-button.tsx';
import './buttons.css';

type Props = {
  onCancel: () => void;
  /** "Cancel" (in the reader's language) unless told otherwise. */
  cancelLabel?: string;
  busy: boolean;
  busyLabel: string;
  /** The label of the button that does the work. */
  children: ReactNode;
  /** Red button for actions that take something away. */
  danger?: boolean;
  /** Does the work on a click; without it, the button submits the dialog's form. */
  onConfirm?: () => void;
};

/** A dialog's buttons: Cancel, then the one that does the work, busy while it runs. */
export function DialogActions({ onCancel, cancelLabel, busy, busyLabel, children, danger, onConfirm }: Props) {
  const { t } = useTranslation();
  return (
    <div className="dialog__actions">
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {cancelLabel ?? t('cancel')}
      </button>
      <BusyButton
        className={`button ${danger ? 'button--danger' : 'button--primary'}`}
        busy={busy}
        busyLabel={busyLabel}
        onClick={onConfirm}
      >
        {children}
      </BusyButton>
    </div>
  );
}
