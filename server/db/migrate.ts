import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type postgres from 'postgres';

const migrationsDir = path.resolve(import.meta.dirname, '../../migrations');

/**
 * Applies migrations/NNNN_*.sql in order, each in its own transaction, once. An advisory
 * lock keeps two starting servers from racing.
 */
export async function migrate(sql: postgres.Sql): Promise<string[]> {
  const files = readdirSync(migrationsDir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
  const applied: string[] = [];
  await sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(727274)`;
    await tx`CREATE TABLE IF NOT EXISTS parley_migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`;
    const done = new Set((await tx<{ name: string }[]>`SELECT name FROM parley_migration`).map((r) => r.name));
    for (const file of files) {
      if (done.has(file)) continue;
      await tx.unsafe(readFileSync(path.join(migrationsDir, file), 'utf8'));
      await tx`INSERT INTO parley_migration (name) VALUES (${file})`;
      applied.push(file);
    }
  });
  return applied;
}
