import { mustGetQuery } from '@rocicorp/zero';
import { handleMutateRequest, handleQueryRequest } from '@rocicorp/zero/server';
import { zeroPostgresJS } from '@rocicorp/zero/server/adapters/postgresjs';
import { Hono } from 'hono';
import type postgres from 'postgres';
import { queries } from '../../schema/queries/index.ts';
import { schema } from '../../schema/schema.ts';
import type { Auth } from '../auth.ts';
import { zeroApiKeyCheck } from '../http/zero-api-key.ts';
import { contextFromHeaders } from './context.ts';
import { runMutator } from './run-mutator.ts';
import { createServerMutators } from './server-mutators.ts';

/**
 * zero-cache calls these with the browser's cookies. The user comes from the session
 * alone; passing its id as `userID` makes zero-cache refuse a client that claimed another.
 */
export function zeroRoutes(deps: {
  auth: Auth;
  sql: postgres.Sql;
  zeroApiKey: string;
  trustedOrigins: string[];
  publicUrl: string;
}) {
  const dbProvider = zeroPostgresJS(schema, deps.sql);
  const app = new Hono();
  // Only zero-cache calls these (401 without its key), on behalf of a page of ours (403 otherwise).
  app.use('*', zeroApiKeyCheck({ apiKey: deps.zeroApiKey, trusted: new Set(deps.trustedOrigins), publicUrl: deps.publicUrl }));

  app.post('/query', async (c) => {
    const ctx = await contextFromHeaders(deps.auth, deps.sql, c.req.raw.headers);
    if (!ctx) return c.json({ error: 'Not logged in or disabled.' }, 401);
    const response = await handleQueryRequest({
      handler: (name, args) => mustGetQuery(queries, name).fn({ args, ctx }),
      schema,
      request: c.req.raw,
      userID: ctx.userID,
    });
    return c.json(response);
  });

  app.post('/mutate', async (c) => {
    const ctx = await contextFromHeaders(deps.auth, deps.sql, c.req.raw.headers);
    if (!ctx) return c.json({ error: 'Not logged in or disabled.' }, 401);
    const mutators = createServerMutators();
    const response = await handleMutateRequest({
      dbProvider,
      handler: (transact) =>
        transact((tx, name, args) => runMutator(mutators, tx, name, args, ctx)),
      request: c.req.raw,
      userID: ctx.userID,
      // Zero logs every refusal as a warning with its stack; runMutator logs the real errors.
      logLevel: 'error',
    });
    return c.json(response);
  });

  return app;
}
