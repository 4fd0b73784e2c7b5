import { boolean, enumeration, json, number, string, table } from '@rocicorp/zero';
import type { Platform, PlayerMode } from './enums.ts';

// Taxonomies, configuration and the audit log (migrations/0002_settings.sql).

export const category = table('category')
  .columns({
    id: string(),
    name: string(),
    parentId: string().optional().from('parent_id'),
    createdAt: number().from('created_at'),
  })
  .primaryKey('id');

export const ticketCategory = table('ticketCategory')
  .from('ticket_category')
  .columns({
    ticketId: string().from('ticket_id'),
    categoryId: string().from('category_id'),
    teamId: string().from('team_id'),
  })
  .primaryKey('ticketId', 'categoryId');

export const tag = table('tag')
  .columns({ id: string(), name: string(), isSystem: boolean().from('is_system'), createdAt: number().from('created_at') })
  .primaryKey('id');

export const ticketTag = table('ticketTag')
  .from('ticket_tag')
  .columns({ ticketId: string().from('ticket_id'), tagId: string().from('tag_id'), teamId: string().from('team_id') })
  .primaryKey('ticketId', 'tagId');

export const customerType = table('customerType')
  .from('customer_type')
  .columns({
    id: string(),
    name: string(),
    isSystem: boolean().from('is_system'),
    rank: number(),
    createdAt: number().from('created_at'),
  })
  .primaryKey('id');

export const customerCustomerType = table('customerCustomerType')
  .from('customer_customer_type')
  .columns({
    customerId: string().from('customer_id'),
    customerTypeId: string().from('customer_type_id'),
    teamId: string().from('team_id'),
  })
  .primaryKey('customerId', 'customerTypeId');

export const gender = table('gender')
  .columns({ id: string(), name: string(), isSystem: boolean().from('is_system'), createdAt: number().from('created_at') })
  .primaryKey('id');

export const appConfig = table('appConfig')
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

export const auditLog = table('auditLog')
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
