import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import type postgres from 'postgres';
import { insertAudit } from './audit-sql.ts';

export type SetPasswordOptions = {
  userId: string;
  password: string;
  actorId: string;
  /** The session making the request, kept when admins set their own password. */
  keepSessionId?: string | undefined;
};

/**
 * ORG-6: an admin sets a user's password; every other session of that user ends, so whoever
 * knew the old one is logged out. The audit row says it happened, never what it is.
 */
export async function setPassword(sql: postgres.Sql, opts: SetPasswordOptions): Promise<'ok' | 'not-found'> {
  const hash = await hashPassword(opts.password);
  return sql.begin(async (tx) => {
    const [user] = await tx`SELECT id FROM auth_user WHERE id = ${opts.userId} FOR UPDATE`;
    if (!user) return 'not-found' as const;
    const updated = await tx`UPDATE auth_credential SET password = ${hash}, "updatedAt" = now()
                             WHERE "userId" = ${opts.userId} AND "providerId" = 'credential'`;
    if (updated.count === 0) {
      await tx`INSERT INTO auth_credential (id, "accountId", "providerId", "userId", password)
               VALUES (${randomUUID()}, ${opts.userId}, 'credential', ${opts.userId}, ${hash})`;
    }
    const ended = await tx`DELETE FROM auth_session WHERE "userId" = ${opts.userId} AND id <> ${opts.keepSessionId ?? ''}`;
    await insertAudit(tx, opts.actorId, {
      action: 'user.setPassword',
      entity: 'user',
      entityId: opts.userId,
      after: { password: 'changed', sessionsEnded: ended.count },
    });
    return 'ok' as const;
  });
}
