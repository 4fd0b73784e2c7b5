import { hashPassword } from 'better-auth/crypto';
import type postgres from 'postgres';
import { isUniqueViolation } from '../../schema/mutators/errors.ts';
import { insertAudit } from './audit-sql.ts';
import { insertUserRows } from './user-rows.ts';

export type CreateUserOptions = { email: string; name: string; password: string; actorId: string };
export type CreateUserResult = { ok: true; id: string } | { ok: false; error: string };

const taken = (email: string) => `A user with the email ${email} already exists. Find them in the list, or use another email.`;

/**
 * ORG-6: a user who can log in with email and password: better-auth's user and credential
 * rows and the synced profile, in one transaction, with its audit row (never the password).
 */
export async function createUser(sql: postgres.Sql, opts: CreateUserOptions): Promise<CreateUserResult> {
  const email = opts.email.trim().toLowerCase();
  const hash = await hashPassword(opts.password);
  try {
    return await sql.begin(async (tx): Promise<CreateUserResult> => {
      const [existing] = await tx`
        SELECT 1 FROM auth_user WHERE lower(email) = ${email}
        UNION ALL SELECT 1 FROM profile WHERE lower(email) = ${email} LIMIT 1`;
      if (existing) return { ok: false, error: taken(email) };
      const id = await insertUserRows(tx, { name: opts.name, email, passwordHash: hash });
      await insertAudit(tx, opts.actorId, { action: 'user.create', entity: 'user', entityId: id, after: { name: opts.name, email } });
      return { ok: true, id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) return { ok: false, error: taken(email) };
    throw e;
  }
}
