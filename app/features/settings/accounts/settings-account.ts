import type { QueryResultType } from '@rocicorp/zero';
import type { queries } from '../../../../schema/queries/index.ts';

export type SettingsAccount = QueryResultType<ReturnType<typeof queries.settings.accounts>>[number];
