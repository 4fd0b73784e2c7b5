import { sharedStackFromEnv, startTestStack } from '../support/test-stack.ts';

/**
 * Browser tests share one stack: the one tests/run-all.ts started, or one started here.
 * Workers read it from PARLEY_TEST_STACK.
 */
export default async function globalSetup() {
  if (sharedStackFromEnv()) return;
  const stack = await startTestStack({ build: true });
  process.env.PARLEY_TEST_STACK = JSON.stringify({ url: stack.url, zeroUrl: stack.zeroUrl, databaseUrl: stack.databaseUrl });
  return () => stack.stop();
}
