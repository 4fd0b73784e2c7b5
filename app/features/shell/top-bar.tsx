import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LanguageSwitch } from '../../i18n/language-switch.tsx';
import { useSignedInUser } from '../auth/use-signed-in-user.ts';
import { hasSettingsAccess } from '../settings/settings-access.ts';
import { useEndSessionWhenDisabled } from '../settings/use-end-session-when-disabled.ts';
import { ConnectionIndicator } from '../sync/connection-indicator.tsx';
import { UserTeams } from '../teams/user-teams.tsx';
import { useCurrentUser } from '../teams/use-current-user.ts';
import { LogoMark } from './logo-mark.tsx';
import { LogoutButton } from './logout-button.tsx';

/** Parley, where you are, who you are, whether you are live, the language, and the way out. */
export function TopBar() {
  const { t } = useTranslation('shell');
  const user = useSignedInUser();
  const [me] = useCurrentUser();
  // The Player stays the current page while a conversation is open beside it.
  const { pathname } = useLocation();
  const inPlayer = /^\/(conversations\/|$)/.test(pathname);
  const inSettings = pathname === '/settings' || pathname.startsWith('/settings/');
  const showSettings = !!me && hasSettingsAccess({ isSuperadmin: me.isSuperadmin, memberships: me.memberships });
  useEndSessionWhenDisabled();
  return (
    <header className="topbar">
      <div className="topbar__brand">
        <LogoMark />
        <span className="topbar__brand-name">Parley</span>
      </div>
      <nav className="topbar__nav" aria-label={t('nav.main')}>
        <Link
          to="/"
          className={`topbar__link${inPlayer ? ' is-active' : ''}`}
          aria-current={inPlayer ? 'page' : undefined}
        >
          {t('nav.player')}
        </Link>
        {showSettings && (
          <Link
            to="/settings"
            className={`topbar__link${inSettings ? ' is-active' : ''}`}
            aria-current={inSettings ? 'page' : undefined}
          >
            {t('nav.settings')}
          </Link>
        )}
      </nav>
      <div className="topbar__spacer" />
      <ConnectionIndicator />
      {me && <UserTeams memberships={me.memberships} />}
      <div className="topbar__user">
        <span className="topbar__name" title={user.email}>
          {me?.name ?? user.name}
        </span>
        {user.isSuperadmin && <span className="topbar__role">{t('superadmin')}</span>}
      </div>
      <LanguageSwitch />
      <LogoutButton />
    </header>
  );
}
