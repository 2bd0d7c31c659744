import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { loadDuckdb } from './load-drivers.js';
import type { CatalogExport } from '@meshplane/core';

type Cell = string | number | boolean | null | undefined;

const TABLES: Record<string, string> = {
  products: `id VARCHAR PRIMARY KEY, name VARCHAR, domain VARCHAR, owner VARCHAR, product_owner VARCHAR, archetype VARCHAR, lifecycle VARCHAR,
    version VARCHAR, classification VARCHAR, tags VARCHAR[], consumer_count INTEGER, address VARCHAR, description VARCHAR`,
  output_ports: `product_id VARCHAR, port VARCHAR, kind VARCHAR, schema_name VARCHAR, table_name VARCHAR, retention VARCHAR`,
  columns: `product_id VARCHAR, port VARCHAR, position INTEGER, column_name VARCHAR, type VARCHAR, required BOOLEAN, primary_key BOOLEAN,
    classification VARCHAR, identifier VARCHAR, description VARCHAR`,
  lineage: `producer VARCHAR, port VARCHAR, consumer VARCHAR, input_port VARCHAR, agreement VARCHAR`,
  agreements: `provider VARCHAR, name VARCHAR, team VARCHAR, consumer_product VARCHAR, purpose VARCHAR, legal_basis VARCHAR, start_date DATE,
    end_date DATE, status VARCHAR, file VARCHAR`,
  agreement_ports: `provider VARCHAR, name VARCHAR, port VARCHAR, columns VARCHAR[], max_classification VARCHAR`,
  slos: `product_id VARCHAR, port VARCHAR, slo VARCHAR, type VARCHAR, objective VARCHAR, slo_window VARCHAR, state VARCHAR, attainment DOUBLE,
    budget_remaining DOUBLE, since VARCHAR`,
};

/**
 * Writes the catalog for analysts: a DuckDB file with one table each for products, output ports, columns, lineage (with
 * the agreement that covers each read), data sharing agreements and the ports they share, and SLOs, and the products as a
 * Parquet file beside it. `SELECT * FROM columns WHERE identifier = 'listener'` finds every
 * port that carries listeners.
 */
export async function writeCatalogDatabase(path: string, data: CatalogExport): Promise<{ parquet: string }> {
  mkdirSync(dirname(path), { recursive: true });
  rmSync(path, { force: true });
  const instance = await (await loadDuckdb()).DuckDBInstance.create(path, { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
  const c = await instance.connect();
  try {
    for (const [name, columns] of Object.entries(TABLES)) await c.run(`CREATE TABLE ${name} (${columns})`);
    await append(
      c,
      'products',
      data.products.map((p) => [
        p.id,
        p.name,
        p.domain,
        p.owner,
        p.productOwner,
        p.archetype,
        p.lifecycle,
        p.version,
        p.classification,
        `[${p.tags.map((t) => `'${t}'`).join(', ')}]`,
        p.consumerCount,
        p.address,
        p.description,
      ]),
    );
    await append(
      c,
      'output_ports',
      data.products.flatMap((p) => p.ports.map((port) => [p.id, port.name, port.kind, port.table.schema, port.table.table, port.retention])),
    );
    await append(
      c,
      'columns',
      data.products.flatMap((p) =>
        p.ports.flatMap((port) =>
          port.columns.map((col, i) => [
            p.id,
            port.name,
            i + 1,
            col.name,
            col.type,
            col.required === true,
            port.primaryKey.includes(col.name),
            col.classification,
            col.identifier,
            col.description,
          ]),
        ),
      ),
    );
    await append(
      c,
      'lineage',
      data.edges.map((e) => [e.producer, e.port, e.consumer, e.inputPort, e.agreement]),
    );
    const agreements = data.products.flatMap((p) => p.agreements);
    await append(
      c,
      'agreements',
      agreements.map((a) => [a.provider, a.name, a.team, a.consumerProduct, a.purpose, a.legalBasis, a.start, a.end, a.status, a.file]),
    );
    await append(
      c,
      'agreement_ports',
      agreements.flatMap((a) =>
        a.ports.map((port) => [
          a.provider,
          a.name,
          port.name,
          port.columns ? `[${port.columns.map((x) => `'${x}'`).join(', ')}]` : undefined,
          port.maxClassification,
        ]),
      ),
    );
    await append(
      c,
      'slos',
      data.products.flatMap((p) =>
        p.ports.flatMap((port) =>
          port.slos.map((s) => [
            p.id,
            port.name,
            s.name,
            s.type,
            s.objective,
            s.window,
            s.state,
            s.status?.attainment,
            s.status?.budgetRemaining,
            s.status?.since,
          ]),
        ),
      ),
    );
    const parquet = join(dirname(path), 'products.parquet');
    await c.run(`COPY (SELECT * FROM products ORDER BY id) TO '${parquet.replaceAll("'", "''")}' (FORMAT parquet)`);
    return { parquet };
  } finally {
    c.closeSync();
    instance.closeSync();
  }
}

/** Appends rows as text (DuckDB casts each to its column's type; tags are a list literal). */
async function append(c: DuckDBConnection, table: string, rows: Cell[][]): Promise<void> {
  const appender = await c.createAppender(table);
  for (const row of rows) {
    for (const v of row) {
      if (v === null || v === undefined) appender.appendNull();
      else appender.appendVarchar(String(v));
    }
    appender.endRow();
  }
  appender.closeSync();
}
