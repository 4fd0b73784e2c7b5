import { z } from 'zod';
import { i18n } from '../../i18n/i18n.ts';

/**
 * The settings endpoints that must not travel through the sync layer (passwords, platform
 * credentials, webhook secrets). Same origin, the session cookie authenticates.
 */
export type AdminResult<T> = { ok: true; data: T } | { ok: false; message: string; field?: string; status: number };

const errorBody = z.object({ error: z.string(), field: z.string().optional() });

/** The refusal's words for a status when the server's English words are not to be shown. */
function statusInWords(status: number, field: string | undefined): string {
  if (status === 401) return i18n.t('errors:http.unauthorized');
  if (status === 403) return i18n.t('errors:http.forbidden');
  if (status === 404) return i18n.t('errors:http.notFound');
  if (status === 409) return i18n.t(field === 'email' ? 'errors:http.emailTaken' : 'errors:http.duplicate');
  if (status === 413) return i18n.t('errors:http.tooLarge');
  if (status === 400 || status === 422) return i18n.t('errors:http.invalid');
  return i18n.t('errors:http.status', { status });
}

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
    return { ok: false, status: 0, message: i18n.t('errors:http.unreachable') };
  }
  if (res.ok) return { ok: true, data: await read(res) };
  const parsed = errorBody.safeParse(await res.json().catch(() => undefined));
  // The server words its refusals in English: English readers see them as they are (they name
  // specifics), others read the status's meaning in their language.
  const field = parsed.success ? parsed.data.field : undefined;
  if (parsed.success && i18n.language === 'en') return { ok: false, status: res.status, message: parsed.data.error, field };
  return { ok: false, status: res.status, message: statusInWords(res.status, field), field };
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
