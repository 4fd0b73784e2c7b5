import type { TFunction } from 'i18next';
import { type TeamRole, teamRoles } from '../../../../schema/schema.ts';

/** The roles as options of a select, in the reader's language. */
export function roleOptions(t: TFunction) {
  return teamRoles.map((role) => ({ value: role, label: roleLabel(t, role) }));
}

export function roleLabel(t: TFunction, role: TeamRole): string {
  return t(`common:roles.${role}`);
}

export function isTeamRole(value: string): value is TeamRole {
  return (teamRoles as readonly string[]).includes(value);
}
