/** Ends the session on the server, which clears the HttpOnly cookie. */
export async function signOut(): Promise<void> {
  const response = await fetch('/api/auth/sign-out', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    body: '{}',
  });
  if (!response.ok) throw new Error(`Logging out failed (the server answered ${response.status}). Try again.`);
}
