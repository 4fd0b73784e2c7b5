import { platforms, type Platform } from '../../../../schema/schema.ts';
import { platformName } from '../../../components/platform-badge.tsx';
import { playerModeLabels } from '../../player/use-player-mode.ts';
import { isTeamRole, roleLabel } from '../members/role-options.ts';

/** Names of the things audit rows point at by id (users, teams, categories, …). */
export type NameLookup = ReadonlyMap<string, string>;

/** What each recorded field is called on the screens that change it. */
const labels: Record<string, string> = {
  name: 'Name',
  displayName: 'Display name',
  description: 'Description',
  email: 'Email',
  handle: 'Handle',
  platform: 'Platform',
  connectionState: 'Connection',
  connectionError: 'Connection problem',
  twoStep: 'Two-step approval',
  deletedAt: 'Deleted',
  disabledAt: 'Disabled',
  isSuperadmin: 'Superadmin',
  userId: 'User',
  role: 'Role',
  parentId: 'Parent category',
  playerMode: 'Player mode',
  gamificationOpenPerUser: 'Open messages per user',
  gamificationStickyPerUser: 'Returning customers per user',
  allowedPlatforms: 'Allowed platforms',
  accountQuota: 'Account quota',
  imagesEnabled: 'Images in replies',
  password: 'Password',
  sessionsEnded: 'Sessions ended',
  changed: 'Credentials changed',
  children: 'Subcategories',
  deletedIds: 'Categories deleted',
  movedUp: 'Subcategories moved up',
  reassignTo: 'Tickets moved to',
  ticketLinks: 'Tickets re-filed',
  detached: 'Removed from',
  rank: 'Rank',
  isSystem: 'Built in',
};

const connectionWords: Record<string, string> = { pending: 'Not connected yet', connected: 'Connected', failed: 'Connection failed' };
const childrenWords: Record<string, string> = { moveUp: 'Moved up one level', delete: 'Deleted with it' };

/** An id this browser has no name for: the thing was deleted, or is not visible to this user. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "sessionsEnded" -> "Sessions ended", for a field this list does not know yet. */
export function fieldLabel(field: string): string {
  const known = labels[field];
  if (known) return known;
  const words = field.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const isPlatform = (v: unknown): v is Platform => typeof v === 'string' && (platforms as readonly string[]).includes(v);

/** One recorded value in words: enumerations by their labels, ids as names, times as dates. */
export function valueInWords(field: string, value: unknown, names: NameLookup): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number' && /At$/.test(field)) return new Date(value).toLocaleString();
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    // Ids of deleted things have no name any more: say how many.
    if (field === 'deletedIds') return `${value.length} ${value.length === 1 ? 'category' : 'categories'}`;
    return value.map((v) => valueInWords(field, v, names)).join(', ');
  }
  if (typeof value === 'string') {
    if (value === '') return '(empty)';
    if (field === 'playerMode' && value in playerModeLabels) return playerModeLabels[value as keyof typeof playerModeLabels];
    if (field === 'role' && isTeamRole(value)) return roleLabel(value);
    if ((field === 'platform' || field === 'allowedPlatforms') && isPlatform(value)) return platformName(value);
    if (field === 'connectionState' && connectionWords[value]) return connectionWords[value];
    if (field === 'children' && childrenWords[value]) return childrenWords[value];
    return names.get(value) ?? (UUID.test(value) ? '(no longer exists)' : value);
  }
  if (typeof value === 'number') return value.toLocaleString();
  return JSON.stringify(value);
}
