import type { Transaction } from '@rocicorp/zero';

/**
 * Serializes the writers of one invariant (the last superadmin, a team's last admin, the account quota, names
 * that are unique case-insensitively) for the rest of the server transaction: the check that
 * follows then sees every earlier writer's commit. A no-op on the client.
 */
export async function lockOnServer(tx: Transaction, invariant: 'superadmins' | 'admins' | 'accounts' | 'categories'): Promise<void> {
  if (tx.location !== 'server') return;
  await tx.dbTransaction.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`parley.settings.${invariant}`]);
}
