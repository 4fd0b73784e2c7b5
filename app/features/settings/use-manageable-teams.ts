import { useQuery } from '@rocicorp/zero/react';
import type { Capability } from '../../../permissions/index.ts';
import { queries } from '../../../schema/queries/index.ts';
import { teamsWhere } from './settings-access.ts';
import { useAccess } from './settings-access-context.ts';

export type ManageableTeam = { id: string; label: string };

/**
 * The teams where the user may do `capability`: every team for the superadmin, else the
 * teams where their role allows it (from their own memberships), by display name.
 */
export function useManageableTeams(capability: Capability): { teams: ManageableTeam[]; loading: boolean } {
  const access = useAccess();
  // The superadmin's list comes from settings.teams; a team admin's from their memberships.
  const [all, details] = useQuery(queries.settings.teams(), { enabled: access.isSuperadmin });
  const allowed = teamsWhere(access, capability);
  const teams: ManageableTeam[] =
    allowed === 'all'
      ? all.map((t) => ({ id: t.id, label: t.displayName || t.name }))
      : access.memberships
          .filter((m) => allowed.has(m.teamId))
          .map((m) => ({ id: m.teamId, label: m.team?.displayName || m.team?.name || m.teamId }));
  teams.sort((a, b) => a.label.localeCompare(b.label));
  return { teams, loading: access.isSuperadmin && all.length === 0 && details.type === 'unknown' };
}
