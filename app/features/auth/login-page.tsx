import { Navigate, useLocation } from 'react-router';
import { LogoMark } from '../shell/logo-mark.tsx';
import { LoginForm } from './login-form.tsx';
import './login.css';
import { readLoginRedirect } from './login-redirect.ts';
import { useSession } from './use-session.ts';

/** /login. A logged-in visitor goes straight on to where they were headed. */
export function LoginPage() {
  const { state } = useSession();
  const { from, notice } = readLoginRedirect(useLocation().state);

  if (state.status === 'ready' && state.session.user) return <Navigate to={from ?? '/'} replace />;

  return (
    <main className="login">
      <div className="login__card">
        <div className="login__brand">
          <LogoMark />
          <span>Parley</span>
        </div>
        <h1 className="login__title">Log in</h1>
        <p className="login__subtitle">Answer your customers on every platform from one live screen.</p>
        <LoginForm notice={notice} />
      </div>
    </main>
  );
}
