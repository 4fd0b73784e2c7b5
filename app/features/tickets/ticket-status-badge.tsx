import { useTranslation } from 'react-i18next';
import type { TicketStatus } from '../../../schema/schema.ts';
import { ticketStatusLabel } from './ticket-status-label.ts';

type Props = {
  status: TicketStatus | undefined;
  /**
   * Test hook. The badge on each Player item and on each conversation message is
   * `ticket-status` and holds only the label ("Open", "Replied", ...); the badges in the
   * conversation header's ticket list use `customer-ticket-status`.
   */
  testId?: string;
};

/** A ticket's status as a colored pill with its word, never color alone. */
export function TicketStatusBadge({ status, testId = 'ticket-status' }: Props) {
  const { t } = useTranslation();
  const value = status ?? 'unknown';
  return (
    <span className={`status status--${value}`} data-testid={testId}>
      {ticketStatusLabel(t, value)}
    </span>
  );
}
