export type SignInResult = { ok: true } | { ok: false; message: string };

async function serverMessage(response: Response): Promise<string | undefined> {
  const body: unknown = await response.json().catch(() => undefined);
  if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string' && body.message) {
    return body.message;
  }
  return undefined;
}

/** Email + password sign-in (better-auth); on success the server sets the session cookie. */
export async function signIn(credentials: { email: string; password: string }): Promise<SignInResult> {
  let response: Response;
  try {
    response = await fetch('/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(credentials),
    });
  } catch {
    return { ok: false, message: 'Parley’s server could not be reached. Check your connection, then try again.' };
  }
  if (response.ok) {
    // Read the answer to its end: a body left unread is cancelled when the page moves on,
    // and the browser then logs the sign-in as a failed request (net::ERR_ABORTED).
    await response.arrayBuffer().catch(() => undefined);
    return { ok: true };
  }
  switch (response.status) {
    case 401:
      return { ok: false, message: 'The email or the password is wrong. Check both and try again.' };
    case 403:
      return {
        ok: false,
        message: (await serverMessage(response)) ?? 'This user is disabled. Ask a superadmin to enable it.',
      };
    case 429:
      return { ok: false, message: (await serverMessage(response)) ?? 'Too many attempts. Wait a few minutes, then try again.' };
    default:
      return {
        ok: false,
        message:
          (await serverMessage(response)) ?? `Logging in failed (the server answered ${response.status}). Try again.`,
      };
  }
}
