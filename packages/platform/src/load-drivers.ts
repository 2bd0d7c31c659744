/**
 * The platforms' client libraries, loaded when a command first opens a platform: DuckDB's native binding, pg and
 * trino-client (with axios) take a third of a second to load, which every `mesh` command would otherwise pay at start.
 */
let duckdb: Promise<typeof import('@duckdb/node-api')> | undefined;
let pg: Promise<(typeof import('pg'))['default']> | undefined;
let trino: Promise<typeof import('trino-client')> | undefined;

export function loadDuckdb(): Promise<typeof import('@duckdb/node-api')> {
  return (duckdb ??= import('@duckdb/node-api'));
}

export function loadPg(): Promise<(typeof import('pg'))['default']> {
  return (pg ??= import('pg').then((m) => m.default));
}

export function loadTrino(): Promise<typeof import('trino-client')> {
  return (trino ??= import('trino-client'));
}
