import { quoteIdent, quoteQualified } from './quote-sql.js';
import { PlatformError } from './platform-error.js';
import { quoteTrinoValue } from './quote-trino-sql.js';

/** A column as Trino reports it: its name and type (`timestamp(3)`, `decimal(18,2)`). */
export interface TrinoColumn {
  name: string;
  type: string;
}

/**
 * One INSERT of rows given as text, each value cast to its column's type. Timestamps come as ISO 8601 instants
 * (`2026-11-21T10:00:00.000Z`), which CAST does not read: they go through from_iso8601_timestamp and are kept in UTC.
 */
export function renderTrinoInsert(schema: string, table: string, columns: TrinoColumn[], rows: (string | null)[][]): string {
  for (const c of columns)
    if (!/^[a-z]+(\(\d+(, ?\d+)?\))?$/.test(c.type)) throw new PlatformError('unsafe-name', `Refusing the column type ${JSON.stringify(c.type)} of ${table}.`);
  const value = (v: string | null, c: TrinoColumn): string => {
    if (v === null) return 'NULL';
    if (c.type.startsWith('timestamp') && v.includes('T')) return `CAST(from_iso8601_timestamp(${quoteTrinoValue(v)}) AT TIME ZONE 'UTC' AS ${c.type})`;
    if (c.type === 'varbinary') return `from_hex(${quoteTrinoValue(v.replace(/^\\x/, ''))})`;
    return `CAST(${quoteTrinoValue(v)} AS ${c.type})`;
  };
  const names = columns.map((c) => quoteIdent(c.name)).join(', ');
  const values = rows.map((r) => `(${columns.map((c, i) => value(r[i] ?? null, c)).join(', ')})`).join(', ');
  return `INSERT INTO ${quoteQualified(schema, table)} (${names}) VALUES ${values}`;
}
