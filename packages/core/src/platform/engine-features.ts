import type { Engine } from './platform-types.js';

/** What an engine can hold beyond tables, views and comments: the planner plans only what the engine can do. */
export interface EngineFeatures {
  /** Primary keys and NOT NULL columns. */
  constraints: boolean;
  /** `ALTER COLUMN … TYPE` for widening a column in place. */
  alterColumnType: boolean;
  /** Privileges on a schema (USAGE). */
  schemaGrants: boolean;
  /** A view replaced by CREATE OR REPLACE keeps its grants. */
  replacedViewKeepsGrants: boolean;
}

/**
 * The engines' differences the plan must respect. Trino's Hive connector has no primary keys, NOT NULL columns, column
 * type changes or schema privileges (https://trino.io/docs/current/connector/hive.html#sql-support): on Trino, keys
 * and required columns are described in comments and checked by the SLO probes instead, a widened type is blocked
 * like a narrowed one, and a table's own grants are all a reader needs. Replacing a view there makes a new object
 * without the old one's grants, so they are planned again.
 */
export const ENGINE_FEATURES: Record<Engine, EngineFeatures> = {
  duckdb: { constraints: true, alterColumnType: true, schemaGrants: true, replacedViewKeepsGrants: true },
  postgres: { constraints: true, alterColumnType: true, schemaGrants: true, replacedViewKeepsGrants: true },
  trino: { constraints: false, alterColumnType: false, schemaGrants: false, replacedViewKeepsGrants: false },
};
