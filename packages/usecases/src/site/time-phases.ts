/**
 * A timer that records how long each named step takes (milliseconds, into `phases`), for synchronous and asynchronous
 * steps alike: `const timed = timePhases(phases); const x = timed('export', () => build());`.
 */
export function timePhases(phases: Record<string, number>): <T>(name: string, step: () => T) => T {
  return <T>(name: string, step: () => T): T => {
    const started = performance.now();
    const record = (): void => {
      phases[name] = Math.round(performance.now() - started);
    };
    const result = step();
    if (result instanceof Promise) return result.finally(record) as T;
    record();
    return result;
  };
}
