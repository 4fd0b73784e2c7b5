import { createBuilder, createSchema, relationships } from '@rocicorp/zero';
import type { Context } from './context.ts';
import { directoryAccess, teamAccess } from './tables/access.ts';
import { account, customer, message, profile, team, teamMember, ticket } from './tables/core.ts';
import { appConfig, auditLog, category, customerCustomerType, customerType, gender, tag, ticketCategory, ticketTag } from './tables/settings.ts';

export * from './tables/enums.ts';

// Tables here are exactly the ones in the `parley_sync` publication (migrations/). Secrets
// (account_secret) and better-auth's tables are never part of the client schema.

// `access` hangs off every team-owned row through team_id: the read filter in
// schema/queries/team-scope.ts joins it, so a change of membership, role or superadmin
// re-filters every open query as soon as Postgres' triggers update team_access.
const access = { sourceField: ['teamId'], destField: ['teamId'], destSchema: teamAccess } as const;

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
  access: many({ sourceField: ['id'], destField: ['teamId'], destSchema: teamAccess }),
}));

const teamMemberRelationships = relationships(teamMember, ({ one }) => ({
  team: one({ sourceField: ['teamId'], destField: ['id'], destSchema: team }),
  user: one({ sourceField: ['userId'], destField: ['id'], destSchema: profile }),
}));

const profileRelationships = relationships(profile, ({ many }) => ({
  memberships: many({ sourceField: ['id'], destField: ['userId'], destSchema: teamMember }),
  directoryAccess: many({ sourceField: ['directory'], destField: ['directory'], destSchema: directoryAccess }),
}));

const accountRelationships = relationships(account, ({ one, many }) => ({
  team: one({ sourceField: ['teamId'], destField: ['id'], destSchema: team }),
  access: many(access),
}));

const customerRelationships = relationships(customer, ({ one, many }) => ({
  account: one({ sourceField: ['accountId'], destField: ['id'], destSchema: account }),
  tickets: many({ sourceField: ['id'], destField: ['customerId'], destSchema: ticket }),
  messages: many({ sourceField: ['id'], destField: ['customerId'], destSchema: message }),
  access: many(access),
}));

const ticketRelationships = relationships(ticket, ({ one, many }) => ({
  account: one({ sourceField: ['accountId'], destField: ['id'], destSchema: account }),
  customer: one({ sourceField: ['customerId'], destField: ['id'], destSchema: customer }),
  messages: many({ sourceField: ['id'], destField: ['ticketId'], destSchema: message }),
  access: many(access),
}));

const messageRelationships = relationships(message, ({ one, many }) => ({
  account: one({ sourceField: ['accountId'], destField: ['id'], destSchema: account }),
  customer: one({ sourceField: ['customerId'], destField: ['id'], destSchema: customer }),
  ticket: one({ sourceField: ['ticketId'], destField: ['id'], destSchema: ticket }),
  author: one({ sourceField: ['authorId'], destField: ['id'], destSchema: profile }),
  replies: many({ sourceField: ['id'], destField: ['parentId'], destSchema: message }),
  access: many(access),
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
    teamAccess,
    directoryAccess,
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
