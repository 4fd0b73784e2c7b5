import { z } from 'zod';
import { PASSWORD_MIN_LENGTH } from '../../permissions/index.ts';
import { idArg as id, text } from '../args.ts';
import { platforms, playerModes, teamRoles } from '../schema.ts';

// Arguments of every settings mutator, shared by the forms (client-side validation for
// speed) and the mutators (server-side validation for truth). Messages say what to do.

export const NAME_MAX = 80;
export const nameField = (what: string) =>
  text()
    .trim()
    .min(1, `Give the ${what} a name.`)
    .max(NAME_MAX, `A ${what} name can be at most ${NAME_MAX} characters; shorten it.`);

export const createTeamArgs = z.object({
  id,
  name: nameField('team'),
  displayName: nameField('team display').describe('shown to agents'),
  description: text().trim().max(500, 'A description can be at most 500 characters.').default(''),
});

export const userIdArgs = z.object({ id });
export const setSuperadminArgs = z.object({ id, isSuperadmin: z.boolean() });

export const passwordField = text()
  .min(PASSWORD_MIN_LENGTH, `A password needs at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(200, 'A password can be at most 200 characters.');
export const emailField = z.email('Enter a valid email address, like name@example.com.').max(200).toLowerCase();
/** POST /api/admin/users (passwords never travel through the sync layer). */
export const createUserBody = z.object({ email: emailField, name: nameField('user'), password: passwordField });
/** POST /api/admin/users/:id/password */
export const setPasswordBody = z.object({ password: passwordField });

export const addMemberArgs = z.object({ id, teamId: id, userId: id, role: z.enum(teamRoles) });
export const setMemberRoleArgs = z.object({ id, role: z.enum(teamRoles) });
export const removeMemberArgs = z.object({ id });

export const createAccountArgs = z.object({
  id,
  teamId: id,
  platform: z.enum(platforms),
  name: nameField('account'),
  handle: text().trim().max(100, 'A handle can be at most 100 characters.').default(''),
  twoStep: z.boolean().default(false),
});
export const updateAccountArgs = z.object({
  id,
  name: nameField('account').optional(),
  handle: text().trim().max(100, 'A handle can be at most 100 characters.').optional(),
  twoStep: z.boolean().optional(),
});
export const accountIdArgs = z.object({ id });
// PUT /api/admin/accounts/:id/credentials takes each platform's own body: its descriptor's
// `credentials` schema (schema/platforms/).

export const createCategoryArgs = z.object({ id, name: nameField('category'), parentId: id.nullable().default(null) });
export const updateCategoryArgs = z.object({ id, name: nameField('category').optional(), parentId: id.nullable().optional() });
export const deleteCategoryArgs = z.object({
  id,
  /** What happens to sub-categories: attached to the deleted one's parent, or deleted too. */
  children: z.enum(['moveUp', 'delete']).default('moveUp'),
  /** Tickets filed under a deleted category get this one instead (null: the link is removed). */
  reassignTo: id.nullable().default(null),
});

export const createNamedArgs = (what: string) => z.object({ id, name: nameField(what) });
export const updateNamedArgs = (what: string) => z.object({ id, name: nameField(what) });
export const deleteNamedArgs = z.object({ id });

export const updateConfigArgs = z.object({
  playerMode: z.enum(playerModes).optional(),
  gamificationOpenPerUser: z.number().int().min(1, 'At least 1 open ticket per user.').max(100, 'At most 100.').optional(),
  gamificationStickyPerUser: z.number().int().min(0).max(1000, 'At most 1000.').optional(),
  allowedPlatforms: z.array(z.enum(platforms)).min(1, 'Allow at least one platform.').optional(),
  accountQuota: z.number().int().min(0).max(10_000, 'At most 10,000 accounts.').optional(),
  imagesEnabled: z.boolean().optional(),
});
