import { useNow } from '../hooks/use-now.ts';
import { formatFullTime, formatRelativeTime } from './format-relative-time.ts';

type Props = { at: number; className?: string };

/** "5m"-style time that keeps itself current, with the full date on hover. */
export function RelativeTime({ at, className }: Props) {
  const now = useNow();
  return (
    <time className={className} dateTime={new Date(at).toISOString()} title={formatFullTime(at)}>
      {formatRelativeTime(at, now)}
    </time>
  );
}
