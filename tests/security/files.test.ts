import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeRuntime } from '../../server/runtime-file.ts';

// Issue 6, item 9: .data/runtime.json holds the database password.
const dir = mkdtempSync(path.join(os.tmpdir(), 'parley-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const mode = (file: string) => statSync(file).mode & 0o777;
const runtime = { url: 'http://localhost:3000', databaseUrl: 'postgres://postgres:secret@127.0.0.1:5432/postgres', pid: 1 };

describe('runtime.json', () => {
  it('is created readable by its owner only', () => {
    const file = path.join(dir, 'new', 'runtime.json');
    writeRuntime(runtime, file);
    expect(mode(file).toString(8)).toBe('600');
  });

  it('is made private again when an older run left it world-readable', () => {
    const file = path.join(dir, 'runtime.json');
    writeFileSync(file, '{}', { mode: 0o644 });
    writeRuntime(runtime, file);
    expect(mode(file).toString(8)).toBe('600');
  });
});
