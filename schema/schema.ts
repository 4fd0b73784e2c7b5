import {
  boolean,
  createBuilder,
  createSchema,
  enumeration,
  json,
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
export const playerModes = ['normal', 'inbox_zero', 'gamification'] as const;
export type PlayerMode = (typeof playerModes)[number];
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
    genderId: string().optional().from('gender_id'),
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

const category = table('category')
  .columns({
    id: string(),
    name: string(),
    parentId: string().optional().from('parent_id'),
    createdAt: number().from('created_at'),
  })
  .primaryKey('id');

const ticketCategory = table('ticketCategory')
  .from('ticket_category')
  .columns({
    ticketId: string().from('ticket_id'),
    categoryId: string().from('category_id'),
    teamId: string().from('team_id'),
  })
  .primaryKey('ticketId', 'categoryId');

const tag = table('tag')
  .columns({ id: string(), name: string(), isSystem: boolean().from('is_system'), createdAt: number().from('created_at') })
  .primaryKey('id');

const ticketTag = table('ticketTag')
  .from('ticket_tag')
  .columns({ ticketId: string().from('ticket_id'), tagId: string().from('tag_id'), teamId: string().from('team_id') })
  .primaryKey('ticketId', 'tagId');

const customerType = table('customerType')
  .from('customer_type')
  .columns({
    id: string(),
    name: string(),
    isSystem: boolean().from('is_system'),
    rank: number(),
    createdAt: number().from('created_at'),
  })
  .primaryKey('id');

const customerCustomerType = table('customerCustomerType')
  .from('customer_customer_type')
  .columns({
    customerId: string().from('customer_id'),
    customerTypeId: string().from('customer_type_id'),
    teamId: string().from('team_id'),
  })
  .primaryKey('customerId', 'customerTypeId');

const gender = table('gender')
  .columns({ id: string(), name: string(), isSystem: boolean().from('is_system'), createdAt: number().from('created_at') })
  .primaryKey('id');

const appConfig = table('appConfig')
  .from('app_config')
  .columns({
    id: string(),
    playerMode: enumeration<PlayerMode>().from('player_mode'),
    gamificationOpenPerUser: number().from('gamification_open_per_user'),
    gamificationStickyPerUser: number().from('gamification_sticky_per_user'),
    allowedPlatforms: json<Platform[]>().from('allowed_platforms'),
    accountQuota: number().from('account_quota'),
    imagesEnabled: boolean().from('images_enabled'),
    updatedAt: number().from('updated_at'),
  })
  .primaryKey('id');

const auditLog = table('auditLog')
  .from('audit_log')
  .columns({
    id: string(),
    actorId: string().from('actor_id'),
    teamId: string().optional().from('team_id'),
    action: string(),
    entity: string(),
    entityId: string().from('entity_id'),
    before: json().optional(),
    after: json().optional(),
    createdAt: number().from('created_at'),
  })
  .primaryKey('id');

// `members` hangs off every team-owned row through team_id: the read filters in
// permissions/ use it, so a membership change re-filters every open query at once.
const members = { sourceField: ['teamId'], destField: ['teamId'], destSchema: teamMember } as const;

const categoryRelationships = relationships(category, ({ one, many }) => ({
  parent: one({ sourceField: ['parentId'], destField: ['id'], destSchema: category }),
  children: many({ sourceField: ['id'], destField: ['parentId'], destSchema: category }),
  ticketLinks: many({ sourceField: ['id'], destField: ['categoryId'], destSchema: ticketCategory }),
}));

const auditLogRelationships = relationships(auditLog, ({ one }) => ({
  actor: one({ sourceField: ['actorId'], destField: ['id'], destSchema: profile }),
  team: one({ sourceField: ['teamId'], destField: ['id'], destSchema: team }),
}));

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
  tables: [
    profile,
    team,
    teamMember,
    account,
    customer,
    ticket,
    message,
    category,
    ticketCategory,
    tag,
    ticketTag,
    customerType,
    customerCustomerType,
    gender,
    appConfig,
    auditLog,
  ],
  relationships: [
    teamRelationships,
    teamMemberRelationships,
    profileRelationships,
    accountRelationships,
    customerRelationships,
    ticketRelationships,
    messageRelationships,
    categoryRelationships,
    auditLogRelationships,
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
