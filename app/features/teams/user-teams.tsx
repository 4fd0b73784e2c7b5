import { useTranslation } from 'react-i18next';
import type { CurrentUser } from './use-current-user.ts';

const SHOWN = 2;

type Props = { memberships: CurrentUser['memberships'] };

/** The teams the user is in, with their role in each; the rest behind "+N". */
export function UserTeams({ memberships }: Props) {
  const { t } = useTranslation('shell');
  if (memberships.length === 0) return <span className="teams teams--none">{t('teams.none')}</span>;
  const named = memberships.map((m) => ({
    id: m.id,
    team: m.team?.displayName || m.team?.name || t('teams.unnamed'),
    role: t(`common:roleChip.${m.role}`),
  }));
  const all = named.map((m) => `${m.team} (${m.role})`).join(', ');
  return (
    <ul className="teams" aria-label={t('teams.label')} title={all}>
      {named.slice(0, SHOWN).map((m) => (
        <li key={m.id} className="chip">
          {m.team}
          <span className="chip__role">{m.role}</span>
        </li>
      ))}
      {named.length > SHOWN && (
        <li className="chip" aria-label={t('teams.more', { count: named.length - SHOWN, all })}>
          +{named.length - SHOWN}
        </li>
      )}
    </ul>
  );
}
