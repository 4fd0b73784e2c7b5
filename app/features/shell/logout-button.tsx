import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LogoutError } from '../auth/sign-out.ts';
import { useSession } from '../auth/use-session.ts';

/** Ends the session; the session screens then send the person to /login. */
export function LogoutButton() {
  const { t } = useTranslation('shell');
  const { signOut } = useSession();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function onClick() {
    setBusy(true);
    setError(undefined);
    try {
      await signOut();
    } catch (e) {
      // The status is a number; the words are ours, in the reader's language.
      setError(t('logout.failed', { status: e instanceof LogoutError ? e.status : '?' }));
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button button--ghost" onClick={() => void onClick()} disabled={busy}>
        {busy ? t('logout.busy') : t('logout.label')}
      </button>
      {error && (
        <p className="topbar__error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
