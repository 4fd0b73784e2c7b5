import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './dialog.tsx';
import { DialogActions } from './dialog-actions.tsx';
import { FormError } from './form-error.tsx';

type Props = {
  title: string;
  /** What will happen, in words; shown above the buttons. */
  children: ReactNode;
  confirmLabel: string;
  /** Red button for actions that take something away. */
  danger?: boolean;
  /** Does the work; resolves to an error message to show, or undefined when done. */
  onConfirm: () => Promise<string | undefined>;
  onClose: () => void;
};

/** Asks before a destructive action; the refusal, if any, stays in the dialog in words. */
export function ConfirmDialog({ title, children, confirmLabel, danger, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function confirm() {
    setBusy(true);
    setError(undefined);
    const failure = await onConfirm();
    if (failure === undefined) {
      onClose();
      return;
    }
    setError(failure);
    setBusy(false);
  }

  return (
    <Dialog title={title} onClose={onClose}>
      <div className="dialog__body">{children}</div>
      <FormError message={error} className="dialog__error" />
      <DialogActions onCancel={onClose} busy={busy} busyLabel={t('working')} danger={danger} onConfirm={() => void confirm()}>
        {confirmLabel}
      </DialogActions>
    </Dialog>
  );
}
