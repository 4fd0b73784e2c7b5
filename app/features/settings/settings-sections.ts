import type { Capability } from '../../../permissions/index.ts';

export type SettingsSectionPath =
  | 'teams'
  | 'users'
  | 'members'
  | 'accounts'
  | 'categories'
  | 'tags'
  | 'customer-types'
  | 'genders'
  | 'configuration'
  | 'audit';

export type SettingsSection = {
  path: SettingsSectionPath;
  /** Its label is `settings:sections.<path>`; the group's `settings:groups.<group>`. */
  group: 'organisation' | 'taxonomies' | 'system';
  /** Team admins see the section for the teams where their role has this; else superadmin only. */
  teamCapability?: Capability;
};

/** The Settings area's sections, in the order of the left nav (who may use which: permissions/capabilities.ts). */
export const settingsSections: readonly SettingsSection[] = [
  { path: 'teams', group: 'organisation' },
  { path: 'users', group: 'organisation' },
  { path: 'members', group: 'organisation', teamCapability: 'member.manage' },
  { path: 'accounts', group: 'organisation', teamCapability: 'account.manage' },
  { path: 'categories', group: 'taxonomies' },
  { path: 'tags', group: 'taxonomies' },
  { path: 'customer-types', group: 'taxonomies' },
  { path: 'genders', group: 'taxonomies' },
  { path: 'configuration', group: 'system' },
  { path: 'audit', group: 'system', teamCapability: 'member.manage' },
];
