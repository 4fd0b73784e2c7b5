import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { ZeroInit } from '../sync/zero-init.tsx';
import type { LoginRedirect } from './login-redirect.ts';
import { useSession } from './use-session.ts';

/** Screens behind login: without a session they send the person to /login and back after. */
export function RequireSession() {
  const { t } = useTranslation('auth');
  const { state, refresh } = useSession();
  const location = useLocation();

  if (state.status === 'loading') return <LoadingState className="page-center" label={t('loading')} />;
  if (state.status === 'error') {
    return (
      <div className="page-center">
        <ErrorNotice title={t('couldNotStart')} message={t(`errors:session.${state.problem}`, { status: state.httpStatus })} onRetry={() => void refresh()} />
      </div>
    );
  }

  const { user, zeroURL } = state.session;
  if (!user) {
    const redirect: LoginRedirect =
      state.ended === 'signed-out'
        ? {}
        : {
            from: location.pathname + location.search,
            notice: state.ended === 'expired' ? 'expired' : undefined,
          };
    return <Navigate to="/login" replace state={redirect} />;
  }

  // Keyed by user so another login never reuses the previous user's Zero client.
  return (
    <ZeroInit key={user.id} user={user} zeroURL={zeroURL}>
      <Outlet />
    </ZeroInit>
  );
}
