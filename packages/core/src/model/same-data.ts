/**
 * Whether two parsed values hold the same data (the same JSON). The same object is the same data without comparing:
 * files unchanged between two catalogs read through one parse index share their value.
 */
export function isSameData(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
