import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * `npm start` writes where the running stack lives to .data/runtime.json, so companion
 * commands (`npm run simulate`) find the server and database without configuration.
 */
const runtimeSchema = z.object({ url: z.url(), databaseUrl: z.string().min(1), pid: z.number() });
export type Runtime = z.infer<typeof runtimeSchema>;

/** Beside the data it describes (PARLEY_DATA_DIR, default .data). */
export const runtimeFile = path.resolve(process.env.PARLEY_DATA_DIR ?? '.data', 'runtime.json');

export function writeRuntime(runtime: Runtime, file = runtimeFile): void {
  mkdirSync(path.dirname(file), { recursive: true });
  // It holds the database password: readable by this user only, even if an older run left
  // the file world-readable (writeFileSync's mode applies only when it creates the file).
  writeFileSync(file, `${JSON.stringify(runtime, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}

export function readRuntime(): Runtime | undefined {
  try {
    return runtimeSchema.parse(JSON.parse(readFileSync(runtimeFile, 'utf8')));
  } catch {
    return undefined;
  }
}
