import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { quietExpectedRefusals } from '../support/quiet-refusals.ts';
import { type ServerOutcome, serverMutatorRunner } from '../support/server-mutate.ts';
import { serverVerdict } from '../support/server-verdict.ts';
import { type ActorName, actorNames, mayDo, startActors } from '../support/settings-actors.ts';
import { keepBaseline } from '../support/settings-baseline.ts';
import { snapshot } from '../support/settings-fixtures.ts';
import { matrixCases } from './matrix-cases.ts';
import { restCases } from './rest-cases.ts';

// The role matrix of PRODUCT.md for every settings mutator and admin endpoint: each of six
// people either succeeds (and the change is audited) or is refused with Postgres unchanged.
const stack = inject('stack');
const sql = postgres(stack.databaseUrl, { max: 4, onnotice: () => {} });
const runOnServer = serverMutatorRunner(sql);
let people: Awaited<ReturnType<typeof startActors>>;
let restoreBaseline: () => Promise<void>;
let restoreConsole: () => void;

beforeAll(async () => {
  restoreConsole = quietExpectedRefusals();
  restoreBaseline = await keepBaseline(sql);
  // Cases add accounts by the dozen; the quota has its own test.
  await sql`UPDATE app_config SET account_quota = 10000`;
  people = await startActors(sql, stack);
});
afterAll(async () => {
  await people?.close();
  await restoreBaseline?.();
  await sql.end();
  restoreConsole?.();
});

// A row of a team the actor cannot read is refused exactly like a row that does not exist.
const refusal = /superadmin|admin of this team|disabled|does not exist or is not in one of your teams/i;
const grid = <T extends { name: string }>(cases: T[]) => cases.flatMap((c) => actorNames.map((actor) => [c.name, actor, c] as const));

describe('every settings mutator, as each person of the role matrix', () => {
  it.each(grid(matrixCases))('%s as %s', async (_name, actorName: ActorName, c) => {
    const actor = people.actors[actorName];
    const setup = { sql, teamId: await people.teamForCase() };
    const request = await c.prepare(setup);
    const before = await snapshot(sql);

    let outcome: ServerOutcome;
    if (actor.client) {
      const result = await serverVerdict(actor.client, actor.client.mutate(request), sql);
      outcome = result.type === 'success' ? { ok: true } : { ok: false, message: result.error.message };
    } else {
      // The mutate endpoint never lets a disabled user's session through (see below); the
      // mutator refuses on its own too, should one be disabled mid-request.
      outcome = await runOnServer(request, { userID: actor.id, isSuperadmin: true });
    }

    if (mayDo(actorName, c.scope)) {
      expect(outcome).toEqual({ ok: true });
      await c.settle?.(setup, request);
      const [last] = await sql`SELECT action FROM audit_log WHERE actor_id = ${actor.id} ORDER BY created_at DESC LIMIT 1`;
      expect(last?.action).toBe(c.name);
      expect(await snapshot(sql)).not.toEqual(before);
    } else {
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.message).toMatch(refusal);
      expect(await snapshot(sql)).toEqual(before);
    }
  });

  it('refuses a disabled user’s session at the mutate endpoint itself (401)', async () => {
    const res = await fetch(`${stack.url}/api/zero/mutate`, {
      method: 'POST',
      headers: { cookie: people.actors.disabled.session.cookie, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(401);
  });
});

describe('every admin endpoint, as each person of the role matrix', () => {
  it.each(grid(restCases))('%s as %s', async (_name, actorName: ActorName, c) => {
    const actor = people.actors[actorName];
    const setup = { sql, teamId: await people.teamForCase() };
    const { method, path, body } = await c.prepare(setup);
    const before = await snapshot(sql);
    const res = await fetch(`${stack.url}${path}`, {
      method,
      headers: { cookie: actor.session.cookie, 'Content-Type': 'application/json', Origin: stack.url },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = res.status === 204 ? undefined : ((await res.json()) as Record<string, unknown>);

    if (mayDo(actorName, c.scope)) {
      expect(res.status, JSON.stringify(json)).toBe(c.okStatus);
      c.check?.(json);
      if (method !== 'GET') expect(await snapshot(sql)).not.toEqual(before);
    } else {
      expect(res.status).toBe(actorName === 'disabled' ? 401 : c.refusedStatus(actorName));
      expect(json?.error).toEqual(expect.any(String));
      expect(await snapshot(sql)).toEqual(before);
    }
  });
});
