import { type Capability, can } from '../../../permissions/index.ts';
import type { CurrentUser } from '../teams/use-current-user.ts';
import { type SettingsSection, settingsSections } from './settings-sections.ts';

export type SettingsAccess = {
  isSuperadmin: boolean;
  /** The user's memberships, to find the teams where their role allows a capability. */
  memberships: CurrentUser['memberships'];
};

/** Ids of the teams where the user may do `capability`; every team for the superadmin is 'all'. */
export function teamsWhere(access: SettingsAccess, capability: Capability): 'all' | ReadonlySet<string> {
  if (access.isSuperadmin) return 'all';
  return new Set(access.memberships.filter((m) => can(m.role, capability)).map((m) => m.teamId));
}

export function canUseSection(access: SettingsAccess, section: SettingsSection): boolean {
  if (access.isSuperadmin) return true;
  if (!section.teamCapability) return false;
  const teams = teamsWhere(access, section.teamCapability);
  return teams === 'all' || teams.size > 0;
}

/** The sections shown in the nav: only the ones the user may use. */
export function sectionsFor(access: SettingsAccess): SettingsSection[] {
  return settingsSections.filter((s) => canUseSection(access, s));
}

/** Whether the top bar offers Settings: superadmins, and admins of at least one team. */
export function hasSettingsAccess(access: SettingsAccess): boolean {
  return sectionsFor(access).length > 0;
}
