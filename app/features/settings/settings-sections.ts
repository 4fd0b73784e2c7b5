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
  label: string;
  group: 'Organisation' | 'Taxonomies' | 'System';
  /** Team admins see the section for the teams where their role has this; else superadmin only. */
  teamCapability?: Capability;
};

/** The Settings area's sections, in the order of the left nav (who may use which: permissions/capabilities.ts). */
export const settingsSections: readonly SettingsSection[] = [
  { path: 'teams', label: 'Teams', group: 'Organisation' },
  { path: 'users', label: 'Users', group: 'Organisation' },
  { path: 'members', label: 'Members and roles', group: 'Organisation', teamCapability: 'member.manage' },
  { path: 'accounts', label: 'Accounts', group: 'Organisation', teamCapability: 'account.manage' },
  { path: 'categories', label: 'Categories', group: 'Taxonomies' },
  { path: 'tags', label: 'Tags', group: 'Taxonomies' },
  { path: 'customer-types', label: 'Customer types', group: 'Taxonomies' },
  { path: 'genders', label: 'Genders', group: 'Taxonomies' },
  { path: 'configuration', label: 'Configuration', group: 'System' },
  { path: 'audit', label: 'Audit log', group: 'System', teamCapability: 'member.manage' },
];
