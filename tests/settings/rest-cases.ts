import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { ActorName } from '../support/settings-actors.ts';
import { freshAccount, freshProfile } from '../support/settings-fixtures.ts';
import type { CaseSetup, Scope } from './matrix-cases.ts';

export type RestCase = {
  name: string;
  scope: Scope;
  prepare: (s: CaseSetup) => Promise<{ method: string; path: string; body?: unknown }>;
  okStatus: number;
  check?: (json: Record<string, unknown> | undefined) => void;
  /** Members without the right get 403; people outside the account's team get 404 (ORG-8). */
  refusedStatus: (actor: ActorName) => number;
};

const teamRefusal = (actor: ActorName) => (actor === 'other team admin' ? 404 : 403);

export const restCases: RestCase[] = [
  {
    name: 'POST /api/admin/users',
    scope: 'global',
    prepare: async () => ({
      method: 'POST',
      path: '/api/admin/users',
      body: { email: `new-${randomUUID().slice(0, 8)}@parley.test`, name: 'Nora Quist', password: 'a-long-enough-password' },
    }),
    okStatus: 201,
    refusedStatus: () => 403,
  },
  {
    name: 'POST /api/admin/users/:id/password',
    scope: 'global',
    prepare: async (s) => ({ method: 'POST', path: `/api/admin/users/${await freshProfile(s.sql)}/password`, body: { password: 'another-password' } }),
    okStatus: 204,
    refusedStatus: () => 403,
  },
  {
    name: 'PUT /api/admin/accounts/:id/credentials',
    scope: 'team',
    prepare: async (s) => ({
      method: 'PUT',
      path: `/api/admin/accounts/${(await freshAccount(s.sql, s.teamId)).id}/credentials`,
      body: { callbackUrl: 'https://platform.example/parley', credentials: { apiKey: 'key-123' } },
    }),
    okStatus: 204,
    refusedStatus: teamRefusal,
  },
  {
    name: 'GET /api/admin/accounts/:id/webhook',
    scope: 'team',
    prepare: async (s) => ({ method: 'GET', path: `/api/admin/accounts/${(await freshAccount(s.sql, s.teamId)).id}/webhook` }),
    okStatus: 200,
    check: (json) => {
      expect(json?.url).toMatch(/\/webhooks\/api\/[0-9a-f-]{36}$/);
      expect(json?.secret).toMatch(/^[0-9a-f]{64}$/);
    },
    refusedStatus: teamRefusal,
  },
];
