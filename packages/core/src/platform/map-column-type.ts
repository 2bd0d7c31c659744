import type { Engine } from './platform-types.js';

/** An engine type: how to write it in DDL and how the engine reports it back (lower-cased). */
export interface EngineType {
  ddl: string;
  reported: string;
}

/** Decimal columns without a declared precision get this one: exact enough for money and counters alike. */
export const DEFAULT_DECIMAL = { precision: 38, scale: 9 } as const;

type Simple = Exclude<LogicalName, 'decimal'>;
type LogicalName = 'string' | 'boolean' | 'integer' | 'bigint' | 'double' | 'decimal' | 'date' | 'timestamp' | 'uuid' | 'json' | 'bytes';

/**
 * The documented mapping of the manifest's logical types to each engine (docs/provisioning.md). Timestamps keep their
 * time zone on DuckDB and PostgreSQL; JSON is `jsonb` on PostgreSQL so it can be indexed and compared. Trino's Hive
 * connector has no time zone, UUID or JSON column types
 * (https://trino.io/docs/current/connector/hive.html#type-mapping): timestamps are `timestamp(3)` in UTC, and UUIDs and
 * JSON are `varchar`.
 */
const TYPES: Record<Engine, Record<Simple, EngineType>> = {
  duckdb: {
    string: { ddl: 'VARCHAR', reported: 'varchar' },
    boolean: { ddl: 'BOOLEAN', reported: 'boolean' },
    integer: { ddl: 'INTEGER', reported: 'integer' },
    bigint: { ddl: 'BIGINT', reported: 'bigint' },
    double: { ddl: 'DOUBLE', reported: 'double' },
    date: { ddl: 'DATE', reported: 'date' },
    timestamp: { ddl: 'TIMESTAMPTZ', reported: 'timestamp with time zone' },
    uuid: { ddl: 'UUID', reported: 'uuid' },
    json: { ddl: 'JSON', reported: 'json' },
    bytes: { ddl: 'BLOB', reported: 'blob' },
  },
  postgres: {
    string: { ddl: 'text', reported: 'text' },
    boolean: { ddl: 'boolean', reported: 'boolean' },
    integer: { ddl: 'integer', reported: 'integer' },
    bigint: { ddl: 'bigint', reported: 'bigint' },
    double: { ddl: 'double precision', reported: 'double precision' },
    date: { ddl: 'date', reported: 'date' },
    timestamp: { ddl: 'timestamptz', reported: 'timestamp with time zone' },
    uuid: { ddl: 'uuid', reported: 'uuid' },
    json: { ddl: 'jsonb', reported: 'jsonb' },
    bytes: { ddl: 'bytea', reported: 'bytea' },
  },
  trino: {
    string: { ddl: 'varchar', reported: 'varchar' },
    boolean: { ddl: 'boolean', reported: 'boolean' },
    integer: { ddl: 'integer', reported: 'integer' },
    bigint: { ddl: 'bigint', reported: 'bigint' },
    double: { ddl: 'double', reported: 'double' },
    date: { ddl: 'date', reported: 'date' },
    timestamp: { ddl: 'timestamp(3)', reported: 'timestamp(3)' },
    uuid: { ddl: 'varchar', reported: 'varchar' },
    json: { ddl: 'varchar', reported: 'varchar' },
    bytes: { ddl: 'varbinary', reported: 'varbinary' },
  },
};

const DECIMAL_NAME: Record<Engine, string> = { duckdb: 'DECIMAL', postgres: 'numeric', trino: 'decimal' };

/** A column's logical type with its decimal digits filled in: `integer`, `decimal(18,2)`. */
export function describeLogicalType(type: string, precision?: number, scale?: number): string {
  if (type !== 'decimal') return type;
  const p = precision ?? DEFAULT_DECIMAL.precision;
  const s = scale ?? (precision === undefined ? DEFAULT_DECIMAL.scale : 0);
  return `decimal(${p},${s})`;
}

/** The engine type of a logical type as {@link describeLogicalType} spells it. */
export function mapColumnType(engine: Engine, logical: string): EngineType {
  const dec = /^decimal\((\d+),(\d+)\)$/.exec(logical);
  if (dec) {
    const name = DECIMAL_NAME[engine];
    return { ddl: `${name}(${dec[1]},${dec[2]})`, reported: `${name.toLowerCase()}(${dec[1]},${dec[2]})` };
  }
  const t = TYPES[engine][logical as Simple];
  if (!t) throw new Error(`No ${engine} type for the logical type ${logical}`);
  return t;
}

/** The logical type an engine type stands for, or undefined for a type Meshplane never creates (changed by hand). */
export function readLogicalType(engine: Engine, reported: string): string | undefined {
  const dec = /^(?:decimal|numeric)\((\d+),(\d+)\)$/.exec(reported);
  if (dec) return `decimal(${dec[1]},${dec[2]})`;
  const entry = Object.entries(TYPES[engine]).find(([, t]) => t.reported === reported);
  return entry?.[0];
}

/** Integer digits a type can hold, for widening decisions. */
const INTEGER_DIGITS: Record<string, number> = { integer: 10, bigint: 19 };

/**
 * True when every value of `from` fits in `to` unchanged, so the column can be altered in place: integer → bigint,
 * integers → a decimal with enough integer digits, a decimal → a wider decimal. Anything else needs a migration.
 */
export function isWideningChange(from: string, to: string): boolean {
  if (from === to) return true;
  const dec = (t: string): [number, number] | undefined => {
    const m = /^decimal\((\d+),(\d+)\)$/.exec(t);
    return m ? [Number(m[1]), Number(m[2])] : undefined;
  };
  const target = dec(to);
  if (from === 'integer' && to === 'bigint') return true;
  if (INTEGER_DIGITS[from] !== undefined && target) return target[0] - target[1] >= INTEGER_DIGITS[from];
  const source = dec(from);
  if (source && target) return target[1] >= source[1] && target[0] - target[1] >= source[0] - source[1];
  return false;
}
