import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configKeys } from '../../server/config.ts';

// No Docker engine runs here, so the deployment file is checked by reading it: the
// services exist, and every variable it sets is one that Parley or zero-cache reads.
type Service = { environment?: Record<string, string>; depends_on?: Record<string, unknown>; ports?: string[] };
const compose = parse(readFileSync('docker-compose.yml', 'utf8')) as { services: Record<string, Service> };
const zeroHelp = execFileSync('node_modules/.bin/zero-cache', ['--help'], { encoding: 'utf8' });
const zeroVars = new Set(zeroHelp.match(/ZERO_[A-Z_]+/g));

describe('docker-compose.yml', () => {
  it('runs Postgres with logical replication, zero-cache and the Parley server', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['parley', 'postgres', 'zero-cache']);
    expect(JSON.stringify(compose.services.postgres)).toContain('wal_level=logical');
  });

  it('sets on the Parley server only variables Parley reads', () => {
    const vars = Object.keys(compose.services.parley!.environment ?? {});
    expect(vars.length).toBeGreaterThan(0);
    for (const v of vars) expect(configKeys, `${v} is not read by server/config.ts`).toContain(v);
  });

  it('sets on zero-cache only variables zero-cache knows, including the ones Parley needs', () => {
    const env = compose.services['zero-cache']!.environment ?? {};
    for (const v of Object.keys(env)) expect(zeroVars, `${v} is not a zero-cache option`).toContain(v);
    expect(env.ZERO_APP_PUBLICATIONS).toBe('parley_sync');
    expect(env.ZERO_QUERY_URL).toBe('http://parley:3000/api/zero/query');
    expect(env.ZERO_MUTATE_URL).toBe('http://parley:3000/api/zero/mutate');
    expect(env.ZERO_QUERY_FORWARD_COOKIES).toBe('true');
    expect(env.ZERO_MUTATE_FORWARD_COOKIES).toBe('true');
    expect(env.ZERO_ENABLE_CRUD_MUTATIONS).toBe('false');
  });

  it('publishes only the Parley server: zero-cache (its change streamer has no authentication) and Postgres stay internal', () => {
    expect(compose.services.parley!.ports).toEqual(['3000:3000']);
    expect(compose.services['zero-cache']!.ports).toBeUndefined();
    expect(compose.services.postgres!.ports).toBeUndefined();
    // Browsers reach zero-cache through Parley's /zero proxy.
    expect(compose.services.parley!.environment!.ZERO_CACHE_URL).toBe('http://zero-cache:4848');
    expect(compose.services.parley!.environment!.ZERO_PUBLIC_URL).toBeUndefined();
  });

  it('gives zero-cache and Parley the same key for the query and mutate endpoints', () => {
    const key = compose.services.parley!.environment!.PARLEY_ZERO_API_KEY;
    expect(key).toMatch(/^\$\{PARLEY_ZERO_API_KEY:\?/);
    const zero = compose.services['zero-cache']!.environment!;
    expect(zero.ZERO_QUERY_API_KEY).toMatch(/^\$\{PARLEY_ZERO_API_KEY[:}]/);
    expect(zero.ZERO_MUTATE_API_KEY).toMatch(/^\$\{PARLEY_ZERO_API_KEY[:}]/);
  });

  it('starts zero-cache only after Parley has migrated (the publication must exist)', () => {
    expect(compose.services['zero-cache']!.depends_on).toMatchObject({ parley: { condition: 'service_healthy' } });
  });
});
