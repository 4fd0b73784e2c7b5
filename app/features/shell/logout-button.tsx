import { useState } from 'react';
import { useSession } from '../auth/use-session.ts';

/** Ends the session; the session screens then send the person to /login. */
export function LogoutButton() {
  const { signOut } = useSession();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function onClick() {
    setBusy(true);
    setError(undefined);
    try {
      await signOut();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Logging out failed. Try again.');
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button button--ghost" onClick={() => void onClick()} disabled={busy}>
        {busy ? 'Logging out…' : 'Log out'}
      </button>
      {error && (
        <p className="topbar__error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
