import type { Column } from '../model/generated/types.js';

/**
 * Logical type changes that keep every existing value readable: a wider integer, an integer as a decimal or double, a
 * date as a timestamp. Anything else (narrowing, string to number, changing the meaning) breaks readers.
 */
const WIDENINGS: Readonly<Record<string, readonly string[]>> = {
  integer: ['bigint', 'double', 'decimal'],
  bigint: ['decimal'],
  date: ['timestamp'],
};

/** Whether changing a column from `before` to `after` keeps consumers' reads working. */
export function isSafeTypeChange(before: Column, after: Column): boolean {
  if (before.type === after.type) {
    if (before.type !== 'decimal') return true;
    const [p0, s0, p1, s1] = [before.precision ?? 38, before.scale ?? 0, after.precision ?? 38, after.scale ?? 0];
    return s1 >= s0 && p1 - s1 >= p0 - s0;
  }
  if (after.type === 'decimal' && (before.type === 'integer' || before.type === 'bigint')) {
    const digits = before.type === 'integer' ? 10 : 19;
    return (after.precision ?? 38) - (after.scale ?? 0) >= digits;
  }
  return (WIDENINGS[before.type] ?? []).includes(after.type);
}

/** Describes a column type, with decimal precision. */
export function describeType(c: Column): string {
  return c.type === 'decimal' && c.precision !== undefined ? `decimal(${c.precision},${c.scale ?? 0})` : c.type;
}

const LEVELS = ['public', 'internal', 'confidential', 'restricted'];

/** True when a classification moved up the scale (fewer people may read), which can cut consumers off. */
export function isRaised(before: string | undefined, after: string | undefined): boolean {
  const rank = (c: string | undefined): number => (c === 'pii' || c === 'sensitive-pii' ? 4 + Number(c === 'sensitive-pii') : LEVELS.indexOf(c ?? 'public'));
  return rank(after) > rank(before);
}
