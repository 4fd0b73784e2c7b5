import { defineQuery } from '@rocicorp/zero';
import { noArgs } from '../args.ts';
import { zql } from '../schema.ts';
import { CATEGORIES_MAX, CUSTOMER_TYPES_MAX, GENDERS_MAX, TAGS_MAX } from './limits.ts';
import { noRows } from './team-scope.ts';

/**
 * TAX-1: every category (the tree is built from parentId), by name.
 * Access: any logged-in user.
 */
export const taxonomyCategories = defineQuery(noArgs, ({ ctx }) => {
  const q = zql.category.orderBy('name', 'asc').orderBy('id', 'asc').limit(CATEGORIES_MAX);
  return ctx ? q : noRows(q);
});

/**
 * TAX-2: every tag, by name.
 * Access: any logged-in user.
 */
export const taxonomyTags = defineQuery(noArgs, ({ ctx }) => {
  const q = zql.tag.orderBy('name', 'asc').orderBy('id', 'asc').limit(TAGS_MAX);
  return ctx ? q : noRows(q);
});

/**
 * TAX-3: every customer type, highest rank first (VIP, Important, then the others by name).
 * Access: any logged-in user.
 */
export const taxonomyCustomerTypes = defineQuery(noArgs, ({ ctx }) => {
  const q = zql.customerType.orderBy('rank', 'desc').orderBy('name', 'asc').limit(CUSTOMER_TYPES_MAX);
  return ctx ? q : noRows(q);
});

/**
 * TAX-4: every gender, the system ones first.
 * Access: any logged-in user.
 */
export const taxonomyGenders = defineQuery(noArgs, ({ ctx }) => {
  const q = zql.gender.orderBy('isSystem', 'desc').orderBy('name', 'asc').limit(GENDERS_MAX);
  return ctx ? q : noRows(q);
});
