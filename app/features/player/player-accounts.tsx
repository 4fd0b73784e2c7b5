import { useQuery } from '@rocicorp/zero/react';
import { useTranslation } from 'react-i18next';
import { queries } from '../../../schema/queries/index.ts';
import { PlatformBadge } from '../../components/platform-badge.tsx';

/**
 * The accounts whose messages this Player shows (query `accounts.visible`), so an empty
 * Player still tells a new member where messages will come from. Test hook: the list is
 * labelled "Your accounts".
 */
export function PlayerAccounts() {
  const { t } = useTranslation('player');
  const [accounts] = useQuery(queries.accounts.visible());
  const live = accounts.filter((a) => !a.deletedAt);
  if (live.length === 0) return null;
  return (
    <div className="player-accounts">
      <p className="player-accounts__title" id="player-accounts-title">
        {t('yourAccounts')}
      </p>
      <ul aria-labelledby="player-accounts-title" className="player-accounts__list">
        {live.map((a) => (
          <li key={a.id} className="player-accounts__account">
            <PlatformBadge platform={a.platform} />
            <span>{a.name}</span>
            {a.team && <span className="player-accounts__team">{a.team.displayName || a.team.name}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
