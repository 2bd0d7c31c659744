import { humanizeWindow, type QualityCheck, type SloExport } from '@meshplane/core';

/** An SLO as one readable line: what is promised, how often, over which window (durations in words: `6 h`, `28 days`). */
export function describeSlo(s: SloExport): string {
  const bound =
    s.type === 'volume'
      ? [s.min !== undefined ? `at least ${s.min.toLocaleString('en')} rows` : '', s.max !== undefined ? `at most ${s.max.toLocaleString('en')} rows` : '']
          .filter(Boolean)
          .join(', ')
      : s.threshold
        ? s.type === 'completeness' || s.type === 'availability' || s.type === 'quality'
          ? `at least ${s.threshold}`
          : `within ${humanizeWindow(s.threshold)}`
        : '';
  const pct = s.percentile !== undefined ? ` (p${s.percentile})` : '';
  return `${s.type}${bound ? ` ${bound}` : ''}${pct}, met ${s.objective} of the time over ${humanizeWindow(s.window)}`;
}

/** A quality check as one readable line. */
export function describeQualityCheck(q: QualityCheck): string {
  const cols = q.columns?.join(', ') ?? q.column ?? '';
  switch (q.type) {
    case 'unique':
      return `unique: ${cols}`;
    case 'not_null':
      return `not null: ${cols}`;
    case 'accepted_values':
      return `${cols} in {${(q.values ?? []).join(', ')}}`;
    case 'range':
      return `${cols} between ${q.min ?? '−∞'} and ${q.max ?? '∞'}`;
    case 'sql':
      return `${q.name ?? 'sql check'}: ${q.query ?? ''} must be ${q.mustBe ?? 0}`;
  }
}
