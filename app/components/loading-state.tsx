import { Spinner } from './spinner.tsx';

type Props = { label: string; className?: string };

/** Something is on its way; the label says what. */
export function LoadingState({ label, className = '' }: Props) {
  return (
    <div className={`loading-state ${className}`} role="status">
      <Spinner />
      <span>{label}</span>
    </div>
  );
}
