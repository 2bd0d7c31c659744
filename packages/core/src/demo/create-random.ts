/** A seeded pseudo-random source: the same seed gives the same sequence on every machine and Node version. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from `lo` to `hi`, both included. */
  int(lo: number, hi: number): number;
  /** One element of a non-empty list. */
  pick<T>(xs: readonly T[]): T;
}

/**
 * Creates a seeded random source (mulberry32: tiny, fast and good enough for test data; not for anything secret).
 *
 * @example
 * const rnd = createRandom(42);
 * rnd.int(2, 6); // the same number on every run
 */
export function createRandom(seed: number): Random {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T,
  };
}
