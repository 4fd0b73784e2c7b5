/**
 * Races work against a worker's shutdown signal: a stopping worker gives the job back at once
 * (graphile-worker retries it) instead of waiting on a platform that may never answer.
 */
export function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      const stop = () => reject(signal.reason ?? new Error('The worker is stopping.'));
      if (signal.aborted) stop();
      else signal.addEventListener('abort', stop, { once: true });
    }),
  ]);
}
