import type { Transaction } from '@rocicorp/zero';
import { MutationError } from './errors.ts';

/** The Postgres tables that mutators create rows in, by their SQL name. */
type CreatedTable = 'team' | 'team_member' | 'account' | 'message' | 'category' | 'tag' | 'customer_type' | 'gender';

/**
 * Refuses a create whose id some row already has, whoever owns it. Zero's server insert is
 * `ON CONFLICT DO NOTHING`: without this, a taken id would "succeed" while writing nothing.
 * The advisory lock makes two creators racing for one id take turns, so the second one's
 * check sees the first one's row. Server only: a client sees a part of the rows at most.
 */
export async function assertNewId(tx: Transaction, table: CreatedTable, id: string): Promise<void> {
  if (tx.location !== 'server') return;
  await tx.dbTransaction.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`parley.id.${table}.${id}`]);
  const rows = await tx.dbTransaction.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id]);
  if ([...rows].length > 0) {
    throw new MutationError('ID_TAKEN', 'This id is already in use. Reload the page and try again; Parley picks a new one.', 'id');
  }
}
