/**
 * Why a sign-in did not go through. `serverMessage` is the server's own English words, shown
 * as they are to English readers; other languages word the reason themselves.
 */
export type SignInRefusal =
  | { reason: 'unreachable' }
  | { reason: 'wrong-credentials' }
  | { reason: 'disabled'; serverMessage?: string }
  | { reason: 'too-many'; serverMessage?: string }
  | { reason: 'status'; status: number; serverMessage?: string };

export type SignInResult = { ok: true } | ({ ok: false } & SignInRefusal);

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
    return { ok: false, reason: 'unreachable' };
  }
  if (response.ok) {
    // Read the answer to its end: a body left unread is cancelled when the page moves on,
    // and the browser then logs the sign-in as a failed request (net::ERR_ABORTED).
    await response.arrayBuffer().catch(() => undefined);
    return { ok: true };
  }
  switch (response.status) {
    case 401:
      await response.arrayBuffer().catch(() => undefined);
      return { ok: false, reason: 'wrong-credentials' };
    case 403:
      return { ok: false, reason: 'disabled', serverMessage: await serverMessage(response) };
    case 429:
      return { ok: false, reason: 'too-many', serverMessage: await serverMessage(response) };
    default:
      return { ok: false, reason: 'status', status: response.status, serverMessage: await serverMessage(response) };
  }
}
