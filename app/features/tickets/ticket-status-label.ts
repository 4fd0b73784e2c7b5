import type { TicketStatus } from '../../../schema/schema.ts';

/** TIC-1's statuses as people read them. */
const labels: Record<TicketStatus, string> = {
  open: 'Open',
  replied: 'Replied',
  transferred: 'Transferred',
  awaiting: 'Awaiting',
  closed: 'Closed',
  unknown: 'Unknown',
};

export function ticketStatusLabel(status: TicketStatus | undefined): string {
  return labels[status ?? 'unknown'];
}
