import { useNow } from '../hooks/use-now.ts';
import { useFormat } from '../i18n/use-format.ts';
import { formatFullTime, formatRelativeTime } from './format-relative-time.ts';

type Props = { at: number; className?: string };

/** "5m"-style time that keeps itself current, with the full date on hover. */
export function RelativeTime({ at, className }: Props) {
  const now = useNow();
  const format = useFormat();
  return (
    <time className={className} dateTime={new Date(at).toISOString()} title={formatFullTime(at, format.locale)}>
      {formatRelativeTime(at, now, format)}
    </time>
  );
}
