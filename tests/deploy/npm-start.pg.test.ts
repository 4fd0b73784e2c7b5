import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePortRange } from '../support/ports.ts';

// What a newcomer does: `npm start`, read the URL and logins, Ctrl-C, start again.
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'parley-start-'));
chmodSync(dataDir, 0o755);
const base = await freePortRange(5);
const env = {
  ...process.env,
  PORT: String(base),
  ZERO_PORT: String(base + 1),
  PARLEY_PG_PORT: String(base + 4),
  PARLEY_DATA_DIR: dataDir,
};
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function start(): { child: ChildProcess; output: () => string; ready: Promise<void> } {
  // Exactly what `npm start` runs (package.json).
  const child = spawn(path.resolve('node_modules/.bin/node'), ['--import', 'tsx', 'server/start.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      if (out.includes('Stop with Ctrl-C.')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${out}`)));
  });
  return { child, output: () => out, ready };
}

function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.kill('SIGINT');
  return exited;
}

describe('npm start', () => {
  it('starts everything, prints the URL and the demo logins, stops cleanly on Ctrl-C and keeps the data', async () => {
    const first = start();
    await first.ready;
    expect(first.output()).toContain(`Parley is running at http://localhost:${base}`);
    for (const login of ['super@parley.demo', 'agent.support@parley.demo', 'admin.sales@parley.demo', 'nobody@parley.demo']) {
      expect(first.output()).toContain(login);
    }
    expect(first.output()).toContain('parley-demo');
    expect((await fetch(`http://127.0.0.1:${base}/healthz`)).status).toBe(200);
    const zeroPid = Number(readFileSync(path.join(dataDir, 'zero-cache.pid'), 'utf8'));
    const postgresPid = Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);

    expect(await stop(first.child)).toBe(0);
    expect(existsSync(`/proc/${zeroPid}`)).toBe(false);
    expect(existsSync(`/proc/${postgresPid}`)).toBe(false);
    await expect(fetch(`http://127.0.0.1:${base}/healthz`)).rejects.toThrow();

    const second = start();
    await second.ready;
    expect(second.output()).not.toContain('Seeded the demo data');
    const login = await fetch(`http://127.0.0.1:${base}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: `http://localhost:${base}` },
      body: JSON.stringify({ email: 'agent.support@parley.demo', password: 'parley-demo' }),
    });
    expect(login.status).toBe(200);
    expect(await stop(second.child)).toBe(0);
  });
});
