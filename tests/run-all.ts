import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureAppBuilt } from '../server/build-app.ts';
import { startTestStack } from './support/test-stack.ts';

/**
 * `npm test`: type checks, lint, unit + Postgres + whole-stack tests (vitest), browser tests
 * (Playwright) against ONE shared stack, then one line with the totals of every runner.
 */
type Tally = { passed: number; failed: number; skipped: number };
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
/** Tests that passed only on a retry (vitest's stack project, Playwright's flaky). */
const flaky: string[] = [];
const bin = (name: string) => path.resolve('node_modules/.bin', name);
const reports = mkdtempSync(path.join(os.tmpdir(), 'parley-reports-'));

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function check(name: string, cmd: string, args: string[]) {
  console.log(`\n── ${name} ──`);
  const code = await run(cmd, args);
  if (code === 0) total.passed++;
  else {
    total.failed++;
    console.log(`✗ ${name} failed`);
  }
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

async function main() {
  await check('typecheck (server)', bin('tsc'), ['-p', 'tsconfig.json']);
  await check('typecheck (app)', bin('tsc'), ['-p', 'tsconfig.app.json']);
  await check('lint', bin('biome'), ['lint', '.']);

  console.log('\n── starting one shared stack for the whole run ──');
  await ensureAppBuilt((l) => console.log(l));
  const stack = await startTestStack({ build: true });
  const env = { PARLEY_TEST_STACK: JSON.stringify({ url: stack.url, zeroUrl: stack.zeroUrl, databaseUrl: stack.databaseUrl }) };
  try {
    console.log('\n── vitest (unit, pg, stack) ──');
    const vitestOut = path.join(reports, 'vitest.json');
    const retryOut = path.join(reports, 'retried.json');
    const vCode = await run(
      bin('vitest'),
      ['run', '--reporter=default', '--reporter=json', '--reporter=./tests/support/retry-reporter.ts', `--outputFile.json=${vitestOut}`],
      { ...env, PARLEY_RETRY_REPORT: retryOut },
    );
    for (const r of readJson<{ name: string; passed: boolean }[]>(retryOut) ?? []) if (r.passed) flaky.push(`vitest: ${r.name}`);
    const v = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(vitestOut);
    if (v) {
      total.passed += v.numPassedTests;
      total.failed += v.numFailedTests;
      total.skipped += v.numPendingTests + v.numTodoTests;
    }
    if (vCode !== 0 && (!v || v.numFailedTests === 0)) total.failed++; // crashed outside a test

    console.log('\n── playwright (Chromium) ──');
    const pwOut = path.join(reports, 'playwright.json');
    const pCode = await run(bin('playwright'), ['test', '--reporter=list,json'], { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: pwOut });
    const p = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(pwOut);
    if (p) {
      total.passed += p.stats.expected + p.stats.flaky;
      if (p.stats.flaky > 0) flaky.push(`playwright: ${p.stats.flaky} test(s) passed on a retry`);
      total.failed += p.stats.unexpected;
      total.skipped += p.stats.skipped;
    }
    if (pCode !== 0 && (!p || p.stats.unexpected === 0)) total.failed++;
  } finally {
    await stack.stop();
    rmSync(reports, { recursive: true, force: true });
  }
}

main()
  .catch((e) => {
    console.error(e);
    total.failed++;
  })
  .finally(() => {
    // Named before the totals, which stay the last line for CI to read.
    if (flaky.length > 0) console.log(`\nFlaky (passed only on a retry, counted as passed): ${flaky.length}\n  ${flaky.join('\n  ')}`);
    console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
    process.exit(total.failed > 0 ? 1 : 0);
  });
