import { useTranslation } from 'react-i18next';
import type { QueryResultType } from '@rocicorp/zero';
import { RelativeTime } from '../../../components/relative-time.tsx';
import type { queries } from '../../../../schema/queries/index.ts';

export type SettingsTeam = QueryResultType<ReturnType<typeof queries.settings.teams>>[number];

type Props = { teams: readonly SettingsTeam[] };

/** Teams with their members count; read-only, because teams never change (ORG-1). */
export function TeamsTable({ teams }: Props) {
  const { t } = useTranslation('settings');
  return (
    <table className="data-table" aria-label={t('teams.title')}>
      <thead>
        <tr>
          <th scope="col">{t('team')}</th>
          <th scope="col">{t('teams.description')}</th>
          <th scope="col">{t('teams.members')}</th>
          <th scope="col">{t('teams.createdAt')}</th>
        </tr>
      </thead>
      <tbody>
        {teams.map((team) => (
          <tr key={team.id} data-team-id={team.id}>
            <td>
              <div className="cell-main">
                <span className="cell-main__title">{team.displayName}</span>
                <span className="cell-main__sub">{team.name}</span>
              </div>
            </td>
            <td className={team.description ? undefined : 'is-muted'}>{team.description || t('teams.noDescription')}</td>
            <td>{team.members.length}</td>
            <td>
              <RelativeTime at={team.createdAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
