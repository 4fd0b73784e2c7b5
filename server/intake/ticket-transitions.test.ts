import { describe, expect, it } from 'vitest';
import { ticketStatuses } from '../../schema/schema.ts';
import { joinsTicket, replayTicketStatus, statusAfterDeliveredReply } from './ticket-transitions.ts';

describe('TIC-1', () => {
  it('lets an inbound message join any ticket but a Closed one', () => {
    expect(ticketStatuses.filter((s) => !joinsTicket(s))).toEqual(['closed']);
  });

  it('turns only an Open ticket Replied, and not when the customer wrote again', () => {
    expect(statusAfterDeliveredReply('open', false)).toBe('replied');
    expect(statusAfterDeliveredReply('open', true)).toBe('open');
    for (const s of ticketStatuses.filter((x) => x !== 'open')) expect(statusAfterDeliveredReply(s, false)).toBe(s);
  });

  it('replays a conversation: the last word decides between Open and Replied', () => {
    expect(replayTicketStatus([])).toBe('open');
    expect(replayTicketStatus(['in', 'out'])).toBe('replied');
    expect(replayTicketStatus(['in', 'out', 'in'])).toBe('open');
  });
});
