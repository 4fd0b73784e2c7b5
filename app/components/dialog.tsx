import { type ReactNode, useId, useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import './dialog.css';

type Props = {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Wider for forms with several fields. */
  size?: 'small' | 'medium';
};

/**
 * A modal on the native <dialog>: focus stays inside, Esc closes, and focus goes back to
 * what opened it. Render it only while open; closing unmounts it. It lives in <body>, so a
 * live list re-ordering the row that opened it never moves it (a moved modal stops being modal).
 */
export function Dialog({ title, onClose, children, size = 'small' }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  // Layout effect: the cleanup runs before React removes the node, so close() still works.
  useLayoutEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return createPortal(
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {children}
    </dialog>,
    document.body,
  );
}
