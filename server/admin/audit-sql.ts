import { randomUUID } from 'node:crypto';
import type postgres from 'postgres';
import type { AuditEntry } from '../../schema/mutators/audit.ts';

/** The audit row of a settings change made outside Zero (REST): same shape as audit() writes. */
export async function insertAudit(sql: postgres.Sql, actorId: string, entry: AuditEntry): Promise<void> {
  const json = (v: AuditEntry['before']) => (v ? sql.json(v as postgres.JSONValue) : null);
  await sql`
    INSERT INTO audit_log (id, actor_id, team_id, action, entity, entity_id, before, after)
    VALUES (${randomUUID()}, ${actorId}, ${entry.teamId ?? null}, ${entry.action}, ${entry.entity}, ${entry.entityId},
            ${json(entry.before)}, ${json(entry.after)})`;
}
