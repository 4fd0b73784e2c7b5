import { z } from 'zod';

/**
 * The settings endpoints that must not travel through the sync layer (passwords, platform
 * credentials, webhook secrets). Same origin, the session cookie authenticates.
 */
export type AdminResult<T> = { ok: true; data: T } | { ok: false; message: string; field?: string; status: number };

const errorBody = z.object({ error: z.string(), field: z.string().optional() });

async function request<T>(method: string, path: string, body: unknown, read: (res: Response) => Promise<T>): Promise<AdminResult<T>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, message: 'Parley’s server could not be reached. Check your connection, then try again.' };
  }
  if (res.ok) return { ok: true, data: await read(res) };
  const parsed = errorBody.safeParse(await res.json().catch(() => undefined));
  if (parsed.success) return { ok: false, status: res.status, message: parsed.data.error, field: parsed.data.field };
  if (res.status === 401) return { ok: false, status: 401, message: 'Your session has ended. Log in again.' };
  if (res.status === 403) return { ok: false, status: 403, message: 'You do not have the right to do this.' };
  return { ok: false, status: res.status, message: `Parley’s server answered ${res.status}. Try again in a moment.` };
}

const none = async () => undefined;

/** POST /api/admin/users → 201 {id} */
export function createUser(body: { email: string; name: string; password: string }) {
  return request('POST', '/api/admin/users', body, async (res) => z.object({ id: z.string() }).parse(await res.json()));
}

/** POST /api/admin/users/:id/password → 204 */
export function setUserPassword(userId: string, password: string) {
  return request('POST', `/api/admin/users/${encodeURIComponent(userId)}/password`, { password }, none);
}

/** PUT /api/admin/accounts/:id/credentials → 204. Write-only: nothing stored comes back. */
export function saveAccountCredentials(accountId: string, body: { callbackUrl?: string; credentials?: Record<string, string> }) {
  return request('PUT', `/api/admin/accounts/${encodeURIComponent(accountId)}/credentials`, body, none);
}

const webhookBody = z.object({ url: z.string(), secret: z.string() });
export type WebhookDetails = z.infer<typeof webhookBody>;

/** GET /api/admin/accounts/:id/webhook → {url, secret}, asked only when a person reveals it. */
export function getAccountWebhook(accountId: string) {
  return request('GET', `/api/admin/accounts/${encodeURIComponent(accountId)}/webhook`, undefined, async (res) =>
    webhookBody.parse(await res.json()),
  );
}
