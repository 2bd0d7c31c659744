/**
 * Runs jobs one at a time per key (a pull request, or a repository's applies) and many keys side by side. GitHub
 * wants a webhook answered within 10 seconds, so handlers enqueue and return; `onIdle` resolves when everything
 * queued so far has finished (tests wait on it; shutdown drains with it).
 */
export interface WorkQueue {
  run(key: string, job: () => Promise<void>): void;
  onIdle(): Promise<void>;
  /** Jobs queued or running. */
  size(): number;
}

export function createWorkQueue(onError: (key: string, error: unknown) => void): WorkQueue {
  const tails = new Map<string, Promise<void>>();
  let pending = 0;
  let waiters: Array<() => void> = [];
  const settle = (): void => {
    if (pending > 0) return;
    const w = waiters;
    waiters = [];
    for (const resolve of w) resolve();
  };
  return {
    run(key, job) {
      pending += 1;
      const previous = tails.get(key) ?? Promise.resolve();
      const next = previous
        .then(job)
        .catch((e: unknown) => onError(key, e))
        .finally(() => {
          pending -= 1;
          if (tails.get(key) === next) tails.delete(key);
          settle();
        });
      tails.set(key, next);
    },
    onIdle: () => (pending === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
    size: () => pending,
  };
}
