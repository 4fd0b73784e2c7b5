import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

export function writeRuntime(runtime: Runtime): void {
  mkdirSync(path.dirname(runtimeFile), { recursive: true });
  writeFileSync(runtimeFile, `${JSON.stringify(runtime, null, 2)}\n`);
}

export function readRuntime(): Runtime | undefined {
  try {
    return runtimeSchema.parse(JSON.parse(readFileSync(runtimeFile, 'utf8')));
  } catch {
    return undefined;
  }
}
