import { enumeration, string, table } from '@rocicorp/zero';
import type { TeamRole } from './enums.ts';

// Read grants (migrations/0004_access_grants.sql), kept by Postgres triggers from team_member
// and profile.is_superadmin. Read rules join them, so a role change re-filters open queries
// as soon as it replicates. Never written by the app.

/** One row per reason a user may read a team's rows: their role in it, or being superadmin. */
export const teamAccess = table('teamAccess')
  .from('team_access')
  .columns({
    teamId: string().from('team_id'),
    userId: string().from('user_id'),
    via: enumeration<TeamRole | 'superadmin'>(),
  })
  .primaryKey('teamId', 'userId', 'via');

/** Who may list every user: superadmins and admins of any team. */
export const directoryAccess = table('directoryAccess')
  .from('directory_access')
  .columns({
    directory: string(),
    userId: string().from('user_id'),
    via: enumeration<'admin' | 'superadmin'>(),
  })
  .primaryKey('directory', 'userId', 'via');
