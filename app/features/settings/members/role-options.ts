import { type TeamRole, teamRoles } from '../../../../schema/schema.ts';

const labels: Record<TeamRole, string> = { agent: 'Agent', supervisor: 'Supervisor', admin: 'Admin' };

export const roleOptions = teamRoles.map((role) => ({ value: role, label: labels[role] }));

export function roleLabel(role: TeamRole): string {
  return labels[role];
}

export function isTeamRole(value: string): value is TeamRole {
  return (teamRoles as readonly string[]).includes(value);
}
