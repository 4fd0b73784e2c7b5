import {
  boolean,
  createBuilder,
  createSchema,
  enumeration,
  number,
  relationships,
  string,
  table,
} from '@rocicorp/zero';
import type { Context } from './context.ts';

// Tables here are exactly the ones in the `parley_sync` publication (migrations/0001_init.sql).
// Secrets (account_secret) and better-auth's tables are never part of the client schema.

export const teamRoles = ['agent', 'supervisor', 'admin'] as const;
export type TeamRole = (typeof teamRoles)[number];
export const platforms = ['api', 'facebook', 'instagram', 'whatsapp', 'x'] as const;
export type Platform = (typeof platforms)[number];
export const ticketStatuses = ['open', 'replied', 'transferred', 'awaiting', 'closed', 'unknown'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];
export const messageKinds = ['dm', 'comment', 'mention', 'reply'] as const;
export type MessageKind = (typeof messageKinds)[number];
export type Delivery = 'received' | 'pending' | 'sending' | 'sent' | 'failed';
export type ConnectionState = 'pending' | 'connected' | 'failed';

const profile = table('profile')
  .columns({
    id: string(),
    name: string(),
    email: string(),
    isSuperadmin: boolean().from('is_superadmin'),
    disabledAt: number().optional().from('disabled_at'),
    createdAt: number().from('created_at'),
  })
  .primaryKey('id');

const team = table('team')
  .columns({
    id: string(),
    name: string(),
    displayName: string().from('display_name'),
    description: string(),
    createdAt: number().from('created_at'),
  })
  .primaryKey('id');

const teamMember = table('teamMember')
  .from('team_member')
  .columns({
    id: string(),
    teamId: string().from('team_id'),
    userId: string().from('user_id'),
    role: enumeration<TeamRole>(),
    createdAt: number().from('created_at'),
  })
  .primaryKey('id');

const account = table('account')
  .columns({
    id: string(),
    teamId: string().from('team_id'),
    platform: enumeration<Platform>(),
    name: string(),
    handle: string(),
    connectionState: enumeration<ConnectionState>().from('connection_state'),
    connectionError: string().optional().from('connection_error'),
    twoStep: boolean().from('two_step'),
    createdAt: number().from('created_at'),
    deletedAt: number().optional().from('deleted_at'),
  })
  .primaryKey('id');

const customer = table('customer')
  .columns({
    id: string(),
    accountId: string().from('account_id'),
    teamId: string().from('team_id'),
    platformCustomerId: string().from('platform_customer_id'),
    handle: string(),
    name: string(),
    createdAt: number().from('created_at'),
  })
  .primaryKey('id');

const ticket = table('ticket')
  .columns({
    id: string(),
    number: number(),
    accountId: string().from('account_id'),
    teamId: string().from('team_id'),
    customerId: string().from('customer_id'),
    status: enumeration<TicketStatus>(),
    title: string(),
    createdAt: number().from('created_at'),
    updatedAt: number().from('updated_at'),
  })
  .primaryKey('id');

const message = table('message')
  .columns({
    id: string(),
    accountId: string().from('account_id'),
    teamId: string().from('team_id'),
    customerId: string().from('customer_id'),
    ticketId: string().from('ticket_id'),
    direction: enumeration<'in' | 'out'>(),
    kind: enumeration<MessageKind>(),
    text: string(),
    platformMessageId: string().optional().from('platform_message_id'),
    platformParentId: string().optional().from('platform_parent_id'),
    parentId: string().optional().from('parent_id'),
    authorId: string().optional().from('author_id'),
    delivery: enumeration<Delivery>(),
    deliveryError: string().optional().from('delivery_error'),
    sentAt: number().from('sent_at'),
    createdAt: number().from('created_at'),
  })
  .primaryKey('id');

// `members` hangs off every team-owned row through team_id: the read filters in
// permissions/ use it, so a membership change re-filters every open query at once.
const members = { sourceField: ['teamId'], destField: ['teamId'], destSchema: teamMember } as const;

const teamRelationships = relationships(team, ({ many }) => ({
  members: many({ sourceField: ['id'], destField: ['teamId'], destSchema: teamMember }),
  accounts: many({ sourceField: ['id'], destField: ['teamId'], destSchema: account }),
}));

const teamMemberRelationships = relationships(teamMember, ({ one }) => ({
  team: one({ sourceField: ['teamId'], destField: ['id'], destSchema: team }),
  user: one({ sourceField: ['userId'], destField: ['id'], destSchema: profile }),
}));

const profileRelationships = relationships(profile, ({ many }) => ({
  memberships: many({ sourceField: ['id'], destField: ['userId'], destSchema: teamMember }),
}));

const accountRelationships = relationships(account, ({ one, many }) => ({
  team: one({ sourceField: ['teamId'], destField: ['id'], destSchema: team }),
  members: many(members),
}));

const customerRelationships = relationships(customer, ({ one, many }) => ({
  account: one({ sourceField: ['accountId'], destField: ['id'], destSchema: account }),
  tickets: many({ sourceField: ['id'], destField: ['customerId'], destSchema: ticket }),
  messages: many({ sourceField: ['id'], destField: ['customerId'], destSchema: message }),
  members: many(members),
}));

const ticketRelationships = relationships(ticket, ({ one, many }) => ({
  account: one({ sourceField: ['accountId'], destField: ['id'], destSchema: account }),
  customer: one({ sourceField: ['customerId'], destField: ['id'], destSchema: customer }),
  messages: many({ sourceField: ['id'], destField: ['ticketId'], destSchema: message }),
  members: many(members),
}));

const messageRelationships = relationships(message, ({ one, many }) => ({
  account: one({ sourceField: ['accountId'], destField: ['id'], destSchema: account }),
  customer: one({ sourceField: ['customerId'], destField: ['id'], destSchema: customer }),
  ticket: one({ sourceField: ['ticketId'], destField: ['id'], destSchema: ticket }),
  author: one({ sourceField: ['authorId'], destField: ['id'], destSchema: profile }),
  replies: many({ sourceField: ['id'], destField: ['parentId'], destSchema: message }),
  members: many(members),
}));

export const schema = createSchema({
  tables: [profile, team, teamMember, account, customer, ticket, message],
  relationships: [
    teamRelationships,
    teamMemberRelationships,
    profileRelationships,
    accountRelationships,
    customerRelationships,
    ticketRelationships,
    messageRelationships,
  ],
});

export type Schema = typeof schema;
export const zql = createBuilder(schema);

declare module '@rocicorp/zero' {
  interface DefaultTypes {
    schema: Schema;
    context: Context;
  }
}
