import { randomUUID } from 'node:crypto';
import type postgres from 'postgres';

export type UserRows = {
  id?: string;
  name: string;
  /** Stored as given: callers lower-case it (the admin API does, the seed's are lower-case). */
  email: string;
  /** better-auth's scrypt hash; null leaves the user without a password (cannot log in). */
  passwordHash: string | null;
  isSuperadmin?: boolean;
  disabledAt?: Date | null;
  /** When the user came to be (the seed backdates its organisation). */
  createdAt?: Date;
};

/**
 * The one place a user's rows are written: better-auth's user and credential and Parley's
 * synced profile. Used by the admin API, the demo seed and the test helpers, so a user made
 * anywhere logs in the same way. Runs inside the caller's transaction; returns the id.
 */
export async function insertUserRows(tx: postgres.Sql | postgres.TransactionSql, u: UserRows): Promise<string> {
  const id = u.id ?? randomUUID();
  const at = u.createdAt ?? new Date();
  await tx`INSERT INTO auth_user (id, name, email, "emailVerified", "createdAt", "updatedAt")
           VALUES (${id}, ${u.name}, ${u.email}, true, ${at}, ${at})`;
  if (u.passwordHash !== null) {
    await tx`INSERT INTO auth_credential (id, "accountId", "providerId", "userId", password, "createdAt", "updatedAt")
             VALUES (${randomUUID()}, ${id}, 'credential', ${id}, ${u.passwordHash}, ${at}, ${at})`;
  }
  await tx`INSERT INTO profile (id, name, email, is_superadmin, disabled_at, created_at)
           VALUES (${id}, ${u.name}, ${u.email}, ${u.isSuperadmin ?? false}, ${u.disabledAt ?? null}, ${at})`;
  return id;
}
