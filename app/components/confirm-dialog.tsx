import { type ReactNode, useState } from 'react';
import { Dialog } from './dialog.tsx';
import './buttons.css';

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
      {error && (
        <p className="form-error dialog__error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className={`button ${danger ? 'button--danger' : 'button--primary'}`}
          onClick={() => void confirm()}
          disabled={busy}
        >
          {busy ? 'Working…' : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
