import type { Engine, QualityCheckSpec, SloSpec } from '@meshplane/core';
import { quoteIdent, quoteQualified } from './quote-sql.js';

/** One probe query; `$now` in params is replaced by the measuring time. `expect` is a quality check's passing value. */
export interface ProbeQuery {
  sql: string;
  params?: (string | number)[];
  expect?: number;
}

const EPOCH: Record<Engine, (expr: string) => string> = {
  duckdb: (expr) => `epoch(${expr})`,
  postgres: (expr) => `extract(epoch from ${expr})`,
  trino: (expr) => `to_unixtime(${expr})`,
};
const epoch = (engine: Engine, expr: string): string => EPOCH[engine](expr);
/** The measuring time, and a date as a timestamp: Trino has no TIMESTAMPTZ name and its Hive timestamps are in UTC. */
const nowOf = (engine: Engine): string => (engine === 'trino' ? 'from_iso8601_timestamp($1)' : 'CAST($1 AS TIMESTAMPTZ)');
const timestampOf = (engine: Engine, expr: string): string => `CAST(${expr} AS ${engine === 'trino' ? 'timestamp(3)' : 'TIMESTAMPTZ'})`;
const PERCENTILE: Record<Engine, (expr: string, p: number) => string> = {
  duckdb: (expr, p) => `quantile_cont(${expr}, ${p})`,
  postgres: (expr, p) => `percentile_cont(${p}) WITHIN GROUP (ORDER BY ${expr})`,
  trino: (expr, p) => `approx_percentile(${expr}, ${p})`,
};

/**
 * The SQL of one SLO's probe. Every name is a checked identifier; the only values are the measuring time and the
 * quality checks' accepted values and bounds, passed as parameters. A quality check of type `sql` runs its manifest
 * query with `{table}` replaced by the port's table; that query comes from a reviewed manifest and runs read-only.
 */
export function renderProbeSql(engine: Engine, spec: SloSpec): ProbeQuery[] {
  const t = spec.target;
  if (!t) return [];
  const table = quoteQualified(t.schema, t.table);
  const pt = quoteIdent(t.processingTime);
  const NOW = nowOf(engine);
  const upToNow = `${pt} <= ${NOW}`;
  const newest = `${pt} = (SELECT max(${pt}) FROM ${table} WHERE ${upToNow})`;
  switch (spec.type) {
    case 'freshness':
      return [{ sql: `SELECT ${epoch(engine, `max(${pt})`)} AS v FROM ${table} WHERE ${upToNow}`, params: ['$now'] }];
    case 'timeliness': {
      const at = t.actualTimeIsDate ? timestampOf(engine, quoteIdent(t.actualTime)) : quoteIdent(t.actualTime);
      const skew = `${epoch(engine, pt)} - ${epoch(engine, at)}`;
      const agg = PERCENTILE[engine](skew, (spec.percentile ?? 50) / 100);
      const day = engine === 'trino' ? `INTERVAL '1' DAY` : `INTERVAL '1 day'`;
      return [{ sql: `SELECT ${agg} AS v FROM ${table} WHERE ${upToNow} AND ${pt} > ${NOW} - ${day}`, params: ['$now'] }];
    }
    case 'intervalOfChange':
      return [{ sql: `SELECT DISTINCT ${epoch(engine, pt)} AS v FROM ${table} WHERE ${upToNow} ORDER BY v DESC LIMIT 2`, params: ['$now'] }];
    case 'completeness': {
      const cols = completenessColumns(spec);
      if (!cols.length) return [{ sql: `SELECT 100.0 AS v FROM ${table} WHERE ${newest} LIMIT 1`, params: ['$now'] }];
      const nonNull = cols.map((c) => `count(${quoteIdent(c)})`).join(' + ');
      return [
        {
          sql: `SELECT CASE WHEN count(*) = 0 THEN NULL ELSE 100.0 * (${nonNull}) / (count(*) * ${cols.length}) END AS v FROM ${table} WHERE ${newest}`,
          params: ['$now'],
        },
      ];
    }
    case 'volume':
      return [{ sql: `SELECT CASE WHEN count(*) = 0 THEN NULL ELSE count(*) END AS v FROM ${table} WHERE ${newest}`, params: ['$now'] }];
    case 'quality':
      return t.quality.map((q) => renderQualitySql(table, q));
    case 'availability':
      return [{ sql: `SELECT 1 AS v FROM ${quoteQualified(t.schema, `${t.table}__latest`)} LIMIT 1` }];
  }
}

/** Required columns and those a not_null check names: where a null means data is missing. */
function completenessColumns(spec: SloSpec): string[] {
  const fromChecks = (spec.target?.quality ?? []).filter((q) => q.type === 'not_null' && q.column).map((q) => q.column as string);
  return [...new Set([...(spec.target?.required ?? []), ...fromChecks])];
}

function renderQualitySql(table: string, q: QualityCheckSpec): ProbeQuery {
  switch (q.type) {
    case 'unique': {
      const cols = (q.columns ?? []).map(quoteIdent).join(', ');
      return { sql: `SELECT count(*) AS v FROM (SELECT ${cols} FROM ${table} GROUP BY ${cols} HAVING count(*) > 1) d`, expect: 0 };
    }
    case 'not_null':
      return { sql: `SELECT count(*) AS v FROM ${table} WHERE ${quoteIdent(q.column ?? '')} IS NULL`, expect: 0 };
    case 'accepted_values': {
      const values = (q.values ?? []).map(String);
      const list = values.map((_, i) => `$${i + 1}`).join(', ');
      return { sql: `SELECT count(*) AS v FROM ${table} WHERE CAST(${quoteIdent(q.column ?? '')} AS VARCHAR) NOT IN (${list})`, params: values, expect: 0 };
    }
    case 'range': {
      const col = quoteIdent(q.column ?? '');
      const parts = [q.min !== undefined ? `${col} < $1` : undefined, q.max !== undefined ? `${col} > $${q.min !== undefined ? 2 : 1}` : undefined].filter(
        Boolean,
      );
      const params = [q.min, q.max].filter((x): x is number => x !== undefined);
      return { sql: `SELECT count(*) AS v FROM ${table} WHERE ${parts.join(' OR ') || 'false'}`, params, expect: 0 };
    }
    case 'sql':
      return { sql: (q.query ?? 'SELECT NULL').replaceAll('{table}', table), expect: q.mustBe ?? 0 };
  }
}
