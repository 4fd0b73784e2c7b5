import { z } from 'zod';

const sessionSchema = z.object({
  user: z
    .object({
      id: z.string().min(1),
      name: z.string(),
      email: z.string(),
      isSuperadmin: z.boolean(),
    })
    .nullable(),
  zeroURL: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;
export type SessionUser = NonNullable<Session['user']>;

/** GET /api/session: who the session cookie belongs to, and where zero-cache listens. */
export async function getSession(): Promise<Session> {
  let response: Response;
  try {
    response = await fetch('/api/session', { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  } catch {
    throw new Error('Parley’s server could not be reached. Check your connection, then try again.');
  }
  if (!response.ok) {
    throw new Error(`Parley’s server answered ${response.status} when asked who is logged in. Try again in a moment.`);
  }
  const parsed = sessionSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new Error('Parley’s server sent a session this app does not understand. Reload the page.');
  return parsed.data;
}
