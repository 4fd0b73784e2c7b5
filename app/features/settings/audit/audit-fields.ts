import { platforms, type Platform } from '../../../../schema/schema.ts';
import type { Locale } from '../../../components/format-relative-time.ts';
import { platformName } from '../../../components/platform-badge.tsx';
import { i18n } from '../../../i18n/i18n.ts';
import { isPlayerMode, playerModeLabel } from '../../player/use-player-mode.ts';
import { isTeamRole, roleLabel } from '../members/role-options.ts';

/** Names of the things audit rows point at by id (users, teams, categories, …). */
export type NameLookup = ReadonlyMap<string, string>;

/** English, for callers that do not pass the language on screen (tests, logs). */
export const englishLocale: Locale = { t: i18n.getFixedT('en'), locale: 'en-US' };

/** An id this browser has no name for: the thing was deleted, or is not visible to this user. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What a recorded field is called on the screens that change it (`audit:fields.<name>`);
 * "sessionsEnded" -> "Sessions ended" for a field the list does not know yet.
 */
export function fieldLabel(field: string, { t }: Locale = englishLocale): string {
  const key = `audit:fields.${field}`;
  if (i18n.exists(key)) return t(key);
  const words = field.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const isPlatform = (v: unknown): v is Platform => typeof v === 'string' && (platforms as readonly string[]).includes(v);

/** One recorded value in words: enumerations by their labels, ids as names, times as dates. */
export function valueInWords(field: string, value: unknown, names: NameLookup, fmt: Locale = englishLocale): string {
  const { t, locale } = fmt;
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? t('audit:values.yes') : t('audit:values.no');
  if (typeof value === 'number' && /At$/.test(field)) return new Date(value).toLocaleString(locale);
  if (Array.isArray(value)) {
    if (value.length === 0) return t('audit:values.none');
    // Ids of deleted things have no name any more: say how many.
    if (field === 'deletedIds') return t('audit:values.categories', { count: value.length });
    return value.map((v) => valueInWords(field, v, names, fmt)).join(', ');
  }
  if (typeof value === 'string') {
    if (value === '') return t('audit:values.empty');
    if (field === 'playerMode' && isPlayerMode(value)) return playerModeLabel(t, value);
    if (field === 'role' && isTeamRole(value)) return roleLabel(t, value);
    if ((field === 'platform' || field === 'allowedPlatforms') && isPlatform(value)) return platformName(value);
    if (field === 'connectionState' && i18n.exists(`settings:accounts.connection.${value}`)) {
      return t(`settings:accounts.connection.${value}`);
    }
    if (field === 'children' && i18n.exists(`audit:values.children.${value}`)) return t(`audit:values.children.${value}`);
    return names.get(value) ?? (UUID.test(value) ? t('audit:values.gone') : value);
  }
  if (typeof value === 'number') return new Intl.NumberFormat(locale).format(value);
  return JSON.stringify(value);
}
