import { boolean, enumeration, number, string, table } from '@rocicorp/zero';
import type { ConnectionState, Delivery, MessageKind, Platform, TeamRole, TicketStatus } from './enums.ts';

// The product's core tables (migrations/0001_init.sql) as the client sees them.

export const profile = table('profile')
  .columns({
    id: string(),
    name: string(),
    email: string(),
    isSuperadmin: boolean().from('is_superadmin'),
    /** Always 'users': the key that joins every profile to directory_access. */
    directory: string(),
    disabledAt: number().optional().from('disabled_at'),
    createdAt: number().from('created_at'),
  })
  .primaryKey('id');

export const team = table('team')
  .columns({
    id: string(),
    name: string(),
    displayName: string().from('display_name'),
    description: string(),
    createdAt: number().from('created_at'),
  })
  .primaryKey('id');

export const teamMember = table('teamMember')
  .from('team_member')
  .columns({
    id: string(),
    teamId: string().from('team_id'),
    userId: string().from('user_id'),
    role: enumeration<TeamRole>(),
    createdAt: number().from('created_at'),
  })
  .primaryKey('id');

export const account = table('account')
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

export const customer = table('customer')
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

export const ticket = table('ticket')
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

export const message = table('message')
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
