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

/** Why the session could not be read; the screen words it. */
export type SessionProblem = 'unreachable' | 'status' | 'malformed';

export class SessionError extends Error {
  constructor(
    readonly problem: SessionProblem,
    readonly status?: number,
  ) {
    super(`Reading the session failed: ${problem}${status ? ` (${status})` : ''}`);
  }
}

/** GET /api/session: who the session cookie belongs to, and where zero-cache listens. */
export async function getSession(): Promise<Session> {
  let response: Response;
  try {
    response = await fetch('/api/session', { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  } catch {
    throw new SessionError('unreachable');
  }
  if (!response.ok) {
    throw new SessionError('status', response.status);
  }
  const parsed = sessionSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new SessionError('malformed');
  return parsed.data;
}
