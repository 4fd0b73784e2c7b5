import type { ZeroOptions } from '@rocicorp/zero';

type LogSink = NonNullable<ZeroOptions['logSink']>;
type Level = Parameters<LogSink['log']>[0];

/** Zero's words for a mutator that threw (a refusal the app shows in words to the person). */
const APP_REFUSAL = /^Mutator "[\w.]+" app error on (client|server)$/;

const methods: Record<Level, (...args: unknown[]) => void> = {
  error: (...args) => console.error(...args),
  warn: (...args) => console.warn(...args),
  info: (...args) => console.info(...args),
  debug: (...args) => console.debug(...args),
};

/**
 * Zero's console output, except that an expected refusal (quota reached, no right, last
 * superadmin…) is logged at debug level: the screen already says it in words, and error
 * lines are for what nobody expected. Zero's own failures (offline, sync errors) stay errors.
 */
export const refusalLogSink: LogSink = {
  log(level: Level, context: Record<string, unknown> | undefined, ...args: unknown[]) {
    const expected = level === 'error' && typeof args[0] === 'string' && APP_REFUSAL.test(args[0]);
    const prefix = context ? Object.entries(context).map(([k, v]) => `${k}=${String(v)}`) : [];
    methods[expected ? 'debug' : level](...prefix, ...args);
  },
};
