import type { TicketStatus } from '../../schema/schema.ts';
import type { DemoPlatform, DemoTeamKind } from './demo-content.ts';

export { type TicketStatus, ticketStatuses } from '../../schema/schema.ts';

export type PlanAccount = { id: string; teamId: string; teamKind: DemoTeamKind; platform: DemoPlatform; handle: string };
export type PlanAuthor = { id: string; firstName: string; role: 'agent' | 'supervisor' | 'admin' };

/** Rows exactly as migrations/0001_init.sql names their columns, ready for a bulk insert. */
export type CustomerRow = {
  id: string;
  account_id: string;
  team_id: string;
  platform_customer_id: string;
  handle: string;
  name: string;
  created_at: Date;
};

export type TicketRow = {
  id: string;
  account_id: string;
  team_id: string;
  customer_id: string;
  status: TicketStatus;
  title: string;
  created_at: Date;
  updated_at: Date;
};

export type MessageRow = {
  id: string;
  account_id: string;
  team_id: string;
  customer_id: string;
  ticket_id: string;
  direction: 'in' | 'out';
  kind: 'dm' | 'comment' | 'mention' | 'reply';
  text: string;
  platform_message_id: string;
  platform_parent_id: string | null;
  parent_id: string | null;
  author_id: string | null;
  delivery: 'received' | 'sent';
  sent_at: Date;
  created_at: Date;
};
