import { useQuery } from '@rocicorp/zero/react';
import { queries } from '../../../schema/queries/index.ts';

/** The one configuration row (PLY-4, ORG-4), live: a change by any superadmin shows at once. */
export function useAppConfig() {
  return useQuery(queries.config.current());
}
