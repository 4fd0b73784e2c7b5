import type { TestProject } from 'vitest/node';
import { sharedStackFromEnv, type StackInfo, startTestStack } from './test-stack.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackInfo;
  }
}

/** Uses the run's shared stack when tests/run-all.ts started one; otherwise starts its own. */
export default async function setup(project: TestProject) {
  const shared = sharedStackFromEnv();
  if (shared) {
    project.provide('stack', shared);
    return;
  }
  const stack = await startTestStack();
  project.provide('stack', { url: stack.url, zeroUrl: stack.zeroUrl, databaseUrl: stack.databaseUrl });
  return () => stack.stop();
}
