import type { ReadonlyJSONObject, Transaction } from '@rocicorp/zero';

/** Field name -> JSON value; never secrets or passwords. */
export type AuditValues = Readonly<Record<string, unknown>>;

export type AuditEntry = {
  /** The mutator or endpoint, e.g. 'account.update'. */
  action: string;
  /** The table the change is about, e.g. 'account'. */
  entity: string;
  entityId: string;
  /** Set when the change belongs to one team (members, accounts): its admins then see it. */
  teamId?: string | null;
  /** The changed fields only, never secrets or passwords. */
  before?: AuditValues | null;
  after?: AuditValues | null;
};

/**
 * Appends to the audit log. Only the server writes it: the log is the server's record, with
 * its clock, and reaches browsers through sync like any other row.
 */
export async function audit(tx: Transaction, actorId: string, entry: AuditEntry): Promise<void> {
  if (tx.location !== 'server') return;
  await tx.mutate.auditLog.insert({
    id: crypto.randomUUID(),
    actorId,
    teamId: entry.teamId ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    // Values come from rows and zod-parsed arguments: JSON by construction.
    before: (entry.before ?? null) as ReadonlyJSONObject | null,
    after: (entry.after ?? null) as ReadonlyJSONObject | null,
    createdAt: Date.now(),
  });
}

/**
 * The fields of `patch` whose value differs from `current` (undefined = not given), as the
 * before/after pair of an audit row and the update to write; undefined when nothing changes.
 */
export function changedFields<T extends object>(current: T, patch: Partial<T>): { before: Partial<T>; after: Partial<T> } | undefined {
  const before: Partial<T> = {};
  const after: Partial<T> = {};
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const value = patch[key];
    if (value === undefined) continue;
    const old = current[key] ?? null;
    if (JSON.stringify(old) === JSON.stringify(value)) continue;
    before[key] = old as T[keyof T];
    after[key] = value;
  }
  return Object.keys(after).length > 0 ? { before, after } : undefined;
}
