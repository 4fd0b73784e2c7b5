import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Badge } from '../../../components/badge.tsx';
import { useSignedInUser } from '../../auth/use-signed-in-user.ts';
import { SetPasswordDialog } from './set-password-dialog.tsx';
import { SuperadminDialog } from './superadmin-dialog.tsx';
import { UserStateDialog } from './user-state-dialog.tsx';
import type { SettingsUser } from './users-table.tsx';

type Props = { user: SettingsUser; teamNames: ReadonlyMap<string, string>; isLastActiveSuperadmin: boolean };
type Open = 'password' | 'state' | 'superadmin' | undefined;

/** One user: who they are, their teams and roles, and what a superadmin can change. */
export function UserRow({ user, teamNames, isLastActiveSuperadmin }: Props) {
  const { t } = useTranslation('settings');
  const me = useSignedInUser();
  const [open, setOpen] = useState<Open>();
  const disabled = !!user.disabledAt;
  return (
    <tr data-user-id={user.id} data-testid="user-row" className={disabled ? 'is-muted' : undefined}>
      <td>
        <div className="cell-main">
          <span className="cell-main__title">
            {user.name}
            {user.id === me.id && <span className="cell-main__sub">{t('users.you')}</span>}
            {user.isSuperadmin && <Badge tone="warn">{t('users.superadmin')}</Badge>}
            {disabled && <Badge tone="danger">{t('users.disabled')}</Badge>}
          </span>
          <span className="cell-main__sub">{user.email}</span>
        </div>
      </td>
      <td>
        {user.memberships.length === 0 ? (
          <span className="is-muted">{t('users.noTeam')}</span>
        ) : (
          <ul className="chips" aria-label={t('users.teamsOf', { name: user.name })}>
            {user.memberships.map((m) => (
              <li key={m.id} className="chip">
                {teamNames.get(m.teamId) ?? t('team')} <span className="chip__role">{t(`common:roleChip.${m.role}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <div className="cell-actions">
          <button type="button" className="button button--ghost button--small" onClick={() => setOpen('password')}>
            {t('users.setPassword')}
          </button>
          <button type="button" className="button button--ghost button--small" onClick={() => setOpen('superadmin')}>
            {user.isSuperadmin ? t('users.removeSuperadmin') : t('users.makeSuperadmin')}
          </button>
          <button
            type="button"
            className={`button button--small ${disabled ? 'button--secondary' : 'button--danger-ghost'}`}
            onClick={() => setOpen('state')}
          >
            {disabled ? t('users.enable') : t('users.disable')}
          </button>
        </div>
        {open === 'password' && <SetPasswordDialog user={user} onClose={() => setOpen(undefined)} />}
        {open === 'state' && <UserStateDialog user={user} onClose={() => setOpen(undefined)} />}
        {open === 'superadmin' && (
          <SuperadminDialog user={user} isLastActiveSuperadmin={isLastActiveSuperadmin} onClose={() => setOpen(undefined)} />
        )}
      </td>
    </tr>
  );
}
