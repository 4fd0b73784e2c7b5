import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { LanguageSwitch } from '../../i18n/language-switch.tsx';
import { LogoMark } from '../shell/logo-mark.tsx';
import { LoginForm } from './login-form.tsx';
import './login.css';
import { readLoginRedirect } from './login-redirect.ts';
import { useSession } from './use-session.ts';

/** /login. A logged-in visitor goes straight on to where they were headed. */
export function LoginPage() {
  const { t } = useTranslation('auth');
  const { state } = useSession();
  const { from, notice } = readLoginRedirect(useLocation().state);
  const noticeWords = notice === 'expired' ? t('sessionEnded') : undefined;

  if (state.status === 'ready' && state.session.user) return <Navigate to={from ?? '/'} replace />;

  return (
    <main className="login">
      <div className="login__card">
        <div className="login__brand">
          <LogoMark />
          <span>Parley</span>
          <LanguageSwitch className="login__language" />
        </div>
        <h1 className="login__title">{t('title')}</h1>
        <p className="login__subtitle">{t('subtitle')}</p>
        <LoginForm notice={noticeWords} />
      </div>
    </main>
  );
}
