/**
 * A counting semaphore: at most `limit` callers run `fn` at once; the rest wait in arrival order.
 * In-process on purpose: it bounds this process's CPU and memory, which is what it protects.
 */
export function createSemaphore(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  const acquire = () =>
    active < limit
      ? (active++, Promise.resolve())
      : new Promise<void>((resolve) => waiting.push(() => (active++, resolve())));
  const release = () => {
    active--;
    waiting.shift()?.();
  };
  return {
    async run<T>(fn: () => Promise<T>): Promise<T> {
      await acquire();
      try {
        return await fn();
      } finally {
        release();
      }
    },
    /** For tests and metrics: how many run now and how many wait. */
    stats: () => ({ active, waiting: waiting.length }),
  };
}
