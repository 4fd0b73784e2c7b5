/** The first retry's wait in the benchmark's queue (production starts at 2 s), so the
 * outbound benchmark's failing fake is measured in seconds, not minutes. */
export const BENCH_RETRY_BASE_MS = 100;
