import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signIn } from './sign-in.ts';
import { signInRefusalInWords } from './sign-in-words.ts';
import { useSession } from './use-session.ts';

/**
 * Email + password. On success the session is re-read, and the login page moves on by
 * itself; errors are shown in words under the form (role="alert"). `notice` says why the
 * person is here (their session ended); it gives way to the first attempt, so only the
 * current message is ever on screen.
 */
export function LoginForm({ notice }: { notice?: string | undefined }) {
  const { t, i18n } = useTranslation('auth');
  const { refresh } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const errorId = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setAttempted(true);
    setError(undefined);
    const result = await signIn({ email: email.trim(), password });
    if (!result.ok) {
      setError(signInRefusalInWords(t, i18n.language, result));
      setBusy(false);
      return;
    }
    const session = await refresh();
    if (!session?.user) {
      setError(t('refusal.sessionDidNotStick'));
      setBusy(false);
    }
  }

  return (
    <form className="login__form" onSubmit={onSubmit} aria-describedby={error ? errorId : undefined}>
      {notice && !attempted && (
        <p className="login__notice" role="status">
          {notice}
        </p>
      )}
      <div className="field">
        <label htmlFor="login-email">{t('email')}</label>
        <input
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor="login-password">{t('password')}</label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <button type="submit" className="button button--primary button--block" disabled={busy}>
        {busy ? t('loggingIn') : t('logIn')}
      </button>
      {error && (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
