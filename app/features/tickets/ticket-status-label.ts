import type { TFunction } from 'i18next';
import type { TicketStatus } from '../../../schema/schema.ts';

/** TIC-1's statuses as people read them, in the language on screen. */
export function ticketStatusLabel(t: TFunction, status: TicketStatus | undefined): string {
  return t(`common:ticketStatus.${status ?? 'unknown'}`);
}
