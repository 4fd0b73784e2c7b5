import { defineQuery } from '@rocicorp/zero';
import { noArgs } from '../args.ts';
import { zql } from '../schema.ts';
import { noRows } from './team-scope.ts';

/**
 * PLY-4, ORG-4, PIX-1: the one row of global configuration.
 * Access: any logged-in user (everyone's Player follows its mode).
 */
export const currentConfig = defineQuery(noArgs, ({ ctx }) => {
  const q = zql.appConfig.where('id', 'global');
  return (ctx ? q : noRows(q)).one();
});
