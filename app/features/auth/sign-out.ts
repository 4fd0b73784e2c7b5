/** Logging out was refused; the screen words it from the status. */
export class LogoutError extends Error {
  constructor(readonly status: number) {
    super(`Logging out failed (the server answered ${status}). Try again.`);
  }
}

/** Ends the session on the server, which clears the HttpOnly cookie. */
export async function signOut(): Promise<void> {
  const response = await fetch('/api/auth/sign-out', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    body: '{}',
  });
  // Read to the end so leaving the page never cancels it (logged as net::ERR_ABORTED).
  await response.arrayBuffer().catch(() => undefined);
  if (!response.ok) throw new LogoutError(response.status);
}
