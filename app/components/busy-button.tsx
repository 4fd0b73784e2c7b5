import type { ReactNode } from 'react';

type Props = {
  busy: boolean;
  /** Shown instead of the label while busy: "Saving…". */
  busyLabel: string;
  children: ReactNode;
  className?: string;
  /** Disabled for another reason too; it always is while busy. */
  disabled?: boolean;
  /** A plain button that does this; without it, the submit button of its form. */
  onClick?: () => void;
};

/** A button that says what it is doing, and cannot be pressed again meanwhile. */
export function BusyButton({ busy, busyLabel, children, className = 'button button--primary', disabled, onClick }: Props) {
  return (
    <button type={onClick ? 'button' : 'submit'} className={className} onClick={onClick} disabled={busy || disabled}>
      {busy ? busyLabel : children}
    </button>
  );
}
