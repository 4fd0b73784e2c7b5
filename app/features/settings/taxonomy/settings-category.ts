import type { QueryResultType } from '@rocicorp/zero';
import type { queries } from '../../../../schema/queries/index.ts';

export type SettingsCategory = QueryResultType<ReturnType<typeof queries.taxonomy.categories>>[number];
