import { useQuery } from '@rocicorp/zero/react';
import { useMemo } from 'react';
import { queries } from '../../../../schema/queries/index.ts';
import type { NameLookup } from './diff-lines.ts';

/**
 * Names for the ids audit rows carry (users, teams, accounts, categories), from what this
 * user may already read; unknown ids stay as they are.
 */
export function useAuditNames(): NameLookup {
  const [users] = useQuery(queries.settings.users());
  const [teams] = useQuery(queries.settings.teams());
  const [accounts] = useQuery(queries.settings.accounts());
  const [categories] = useQuery(queries.taxonomy.categories());
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const u of users) names.set(u.id, u.name);
    for (const t of teams) names.set(t.id, t.displayName || t.name);
    for (const a of accounts) names.set(a.id, a.name);
    for (const c of categories) names.set(c.id, c.name);
    return names;
  }, [users, teams, accounts, categories]);
}
