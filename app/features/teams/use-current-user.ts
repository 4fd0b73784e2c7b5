import type { QueryResultType } from '@rocicorp/zero';
import { useQuery } from '@rocicorp/zero/react';
import { queries } from '../../../schema/queries/index.ts';

export type CurrentUser = NonNullable<QueryResultType<ReturnType<typeof queries.me.current>>>;

/** The logged-in user's profile with their teams and roles, live (query `me.current`). */
export function useCurrentUser() {
  return useQuery(queries.me.current());
}
