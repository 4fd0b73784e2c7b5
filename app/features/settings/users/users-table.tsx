import { useTranslation } from 'react-i18next';
import type { QueryResultType } from '@rocicorp/zero';
import type { queries } from '../../../../schema/queries/index.ts';
import { UserRow } from './user-row.tsx';

export type SettingsUser = QueryResultType<ReturnType<typeof queries.settings.users>>[number];

type Props = { users: readonly SettingsUser[]; teamNames: ReadonlyMap<string, string> };

/** Every user: active ones first, then disabled ones, each by name. */
export function UsersTable({ users, teamNames }: Props) {
  const { t } = useTranslation('settings');
  const sorted = [...users].sort(
    (a, b) => Number(!!a.disabledAt) - Number(!!b.disabledAt) || a.name.localeCompare(b.name),
  );
  const activeSuperadmins = users.filter((u) => u.isSuperadmin && !u.disabledAt).length;
  return (
    <table className="data-table" aria-label={t('users.title')}>
      <thead>
        <tr>
          <th scope="col">{t('users.user')}</th>
          <th scope="col">{t('users.teams')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((user) => (
          <UserRow
            key={user.id}
            user={user}
            teamNames={teamNames}
            isLastActiveSuperadmin={user.isSuperadmin && !user.disabledAt && activeSuperadmins === 1}
          />
        ))}
      </tbody>
    </table>
  );
}
