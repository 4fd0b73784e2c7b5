import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { environOf, zeroCacheProcess } from '../support/stack-processes.ts';

// Issue 6, item 9: zero-cache's replica holds every team's conversations; it and the secrets
// beside the data are readable by their owner only.
const stack = inject('stack');
const zero = zeroCacheProcess(Number(new URL(stack.url).port));
const replica = environOf(zero.pid, 'ZERO_REPLICA_FILE')!;
const dataDir = path.dirname(path.dirname(replica));
const mode = (file: string) => (statSync(file).mode & 0o777).toString(8);

describe('files of a running stack', () => {
  it('keep the replica and its journal files private (0600) in a private folder', () => {
    const files = [replica, `${replica}-wal`, `${replica}-shm`, `${replica}-wal2`].filter((f) => existsSync(f));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) expect(mode(file), file).toBe('600');
    expect(mode(path.dirname(replica))).toBe('700');
  });

  it('keep the generated secrets and zero-cache’s log private (0600)', () => {
    for (const name of ['zero-admin-password', 'zero-cache.log']) expect(mode(path.join(dataDir, name)), name).toBe('600');
  });
});
