import type postgres from 'postgres';

export class DatabaseNotReadyError extends Error {
  override name = 'DatabaseNotReadyError';
}

/**
 * zero-cache replicates through logical replication. Say exactly what to change before
 * anything else starts, instead of letting zero-cache fail later with a cryptic error.
 */
export async function checkReplicationReady(sql: postgres.Sql): Promise<void> {
  const [wal] = await sql<{ wal_level: string }[]>`SHOW wal_level`;
  if (wal?.wal_level !== 'logical') {
    throw new DatabaseNotReadyError(
      `Postgres has wal_level=${wal?.wal_level ?? 'unknown'}, but Parley's sync (zero-cache) needs logical replication.\n` +
        `Fix: run  ALTER SYSTEM SET wal_level = logical;  as a superuser (or set wal_level = logical in postgresql.conf),\n` +
        `restart Postgres, and run npm start again.`,
    );
  }
  const [role] = await sql<{ rolname: string; rolsuper: boolean; rolreplication: boolean; cancreate: boolean }[]>`
    SELECT rolname, rolsuper, rolreplication, has_database_privilege(current_database(), 'CREATE') AS cancreate
    FROM pg_roles WHERE rolname = current_user`;
  if (!role) throw new DatabaseNotReadyError('Could not read the current Postgres role.');
  if (!role.rolsuper && !role.rolreplication) {
    throw new DatabaseNotReadyError(
      `The Postgres role "${role.rolname}" may not replicate, which Parley's sync (zero-cache) needs.\n` +
        `Fix: run  ALTER ROLE "${role.rolname}" WITH REPLICATION;  as a superuser, then run npm start again.`,
    );
  }
  if (!role.cancreate) {
    throw new DatabaseNotReadyError(
      `The Postgres role "${role.rolname}" cannot create schemas in this database; Parley's migrations and zero-cache need to.\n` +
        `Fix: run  GRANT CREATE ON DATABASE "<your database>" TO "${role.rolname}";  then run npm start again.`,
    );
  }
}
