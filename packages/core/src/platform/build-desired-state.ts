import type { CatalogIndex, ProductNode } from '../catalog/catalog-index.js';
import { describeLogicalType, mapColumnType } from './map-column-type.js';
import { nameLatestView, nameRole, nameSchema, nameShareView, nameTable } from './name-platform-objects.js';
import type { DesiredShare, DesiredState, DesiredTable, Engine, GrantState, Privilege, RetiredTable } from './platform-types.js';
import { collectAgreementReads, type PortRead } from '../agreement/collect-agreement-reads.js';
import { decideRetiredDrop } from './decide-retired-drop.js';
import { ENGINE_FEATURES } from './engine-features.js';

export interface DesiredStateOptions {
  engine: Engine;
  /** Today as `YYYY-MM-DD`: consumer grants end after their `until`, retention is counted to it. */
  today: string;
}

/** Lifecycles whose tables exist on the platform. `proposed` is not provisioned yet; `retired` is kept, never created. */
const SERVING = new Set(['experimental', 'active', 'deprecated', 'dormant']);
const OWNER_PRIVILEGES: Privilege[] = ['SELECT', 'INSERT', 'UPDATE', 'DELETE'];

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.map(rec) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * What the platform should hold for a catalog: a schema per domain, a table and a "latest" view per output port of
 * kind `table`, a role per team, and SELECT for exactly the teams allowed to read each port — the consumer teams of
 * data sharing agreements in force (a team whose agreements share only some columns reads a view of them instead), and
 * deprecated inline consumers whose `until` has not passed. Only valid manifests take part.
 *
 * @example
 * const desired = buildDesiredState(check.index, { engine: 'duckdb', today: '2026-11-22' });
 */
export function buildDesiredState(index: CatalogIndex, options: DesiredStateOptions): DesiredState {
  const products = index.products.filter((p) => p.valid);
  const teams = new Set(index.teams.filter((t) => t.valid).map((t) => t.name));
  const reads = collectAgreementReads(index, options.today);
  const readers = collectReaders(products, reads, options.today);
  const tables: DesiredTable[] = [];
  const retired: RetiredTable[] = [];
  const grants: DesiredState['grants'] = [];
  for (const p of products) {
    for (const port of list(rec(p.data.spec).outputPorts)) {
      if (port.kind !== 'table') continue;
      const table = describeTable(p, port, options.engine);
      const shares = describeShares(table, reads.get(`${p.id}/${str(port.name)}`), teams);
      if (shares.length) table.shares = shares;
      if (p.lifecycle === 'retired') retired.push(describeRetired(p, port, table, readers, options.today));
      if (!SERVING.has(p.lifecycle ?? '') && p.lifecycle !== 'retired') continue;
      if (p.lifecycle !== 'retired') tables.push(table);
      const grant = (role: string, privilege: Privilege, object: string): void => {
        grants.push({ schema: table.schema, object, role, privilege, productId: p.id });
      };
      if (p.owner && teams.has(p.owner)) {
        for (const priv of OWNER_PRIVILEGES) grant(nameRole(p.owner), priv, table.name);
        grant(nameRole(p.owner), 'SELECT', table.view.name);
      }
      for (const team of readers.get(`${p.id}/${str(port.name)}`) ?? []) {
        if (team === p.owner || !teams.has(team)) continue;
        grant(nameRole(team), 'SELECT', table.name);
        grant(nameRole(team), 'SELECT', table.view.name);
      }
      for (const share of shares) grant(share.role, 'SELECT', share.view);
    }
  }
  const schemas = [...new Set(tables.map((t) => t.schema))].sort();
  const held = index.products
    .filter((p) => !p.valid && p.domain)
    .flatMap((p) => p.outputs.map((o) => `${nameSchema(p.domain ?? '')}.${nameTable(p.id, o.name)}`));
  return {
    engine: options.engine,
    schemas,
    roles: [...teams].sort().map((team) => ({ role: nameRole(team), team })),
    tables,
    retired,
    grants: ENGINE_FEATURES[options.engine].schemaGrants ? [...grants, ...grantSchemaUsage(grants)] : grants,
    held,
  };
}

/** Every role with a privilege inside a schema needs USAGE on it to reach the object. */
function grantSchemaUsage(grants: GrantState[]): GrantState[] {
  const seen = new Map<string, GrantState>();
  for (const g of grants) seen.set(`${g.schema}/${g.role}`, { schema: g.schema, object: '', role: g.role, privilege: 'USAGE' });
  return [...seen.values()];
}

/**
 * Teams allowed to read each whole `<product>/<port>`: consumer teams of agreements in force that share it whole, and
 * (deprecated, read for one more version) inline `access.consumers` whose `until` has not passed.
 */
function collectReaders(products: ProductNode[], reads: Map<string, Map<string, PortRead>>, today: string): Map<string, Set<string>> {
  const readers = new Map<string, Set<string>>();
  const add = (key: string, team: string): void => {
    const set = readers.get(key) ?? new Set<string>();
    set.add(team);
    readers.set(key, set);
  };
  for (const [key, byTeam] of reads) for (const [team, read] of byTeam) if (read.whole) add(key, team);
  for (const p of products) {
    const ports = list(rec(p.data.spec).outputPorts).map((o) => str(o.name) ?? '');
    for (const c of p.consumers) {
      if (c.until !== undefined && c.until < today) continue;
      for (const port of c.ports ?? ports) add(`${p.id}/${port}`, c.team);
    }
  }
  return readers;
}

/** The column-limited shares of a table: one view per team that reads only some columns (and not the whole port). */
function describeShares(table: DesiredTable, reads: Map<string, PortRead> | undefined, teams: Set<string>): DesiredShare[] {
  const shares: DesiredShare[] = [];
  for (const [team, read] of [...(reads ?? [])].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (read.whole || !teams.has(team)) continue;
    const columns = table.columns.map((c) => c.name).filter((c) => read.columns.has(c));
    if (columns.length === 0) continue;
    const view = nameShareView(table.name, team);
    const comment = `Columns ${columns.join(', ')} of ${table.schema}.${table.name}, shared with team ${team} (agreements ${read.agreements.join(', ')}).`;
    shares.push({ view, team, role: nameRole(team), columns, comment });
  }
  return shares;
}

function describeTable(p: ProductNode, port: Rec, engine: Engine): DesiredTable {
  const schema = nameSchema(p.domain ?? '');
  const name = nameTable(p.id, str(port.name) ?? '');
  const declaredKey = (Array.isArray(port.primaryKey) ? port.primaryKey : []).filter((c): c is string => typeof c === 'string');
  // Without constraints (Trino's Hive connector) keys and required columns are said in the column comments instead.
  const { constraints } = ENGINE_FEATURES[engine];
  const primaryKey = constraints ? declaredKey : [];
  const columns = list(port.schema).map((c) => {
    const logical = describeLogicalType(
      str(c.type) ?? 'string',
      typeof c.precision === 'number' ? c.precision : undefined,
      typeof c.scale === 'number' ? c.scale : undefined,
    );
    const t = mapColumnType(engine, logical);
    const colName = str(c.name) ?? '';
    const required = c.required === true || declaredKey.includes(colName);
    const comment = describeColumn(c, constraints ? undefined : declaredKey.includes(colName) ? 'primary key' : required ? 'required' : undefined);
    return {
      name: colName,
      logical,
      type: t.reported,
      ddlType: t.ddl,
      nullable: !constraints || !required,
      ...(comment ? { comment } : {}),
    };
  });
  const meta = rec(p.data.metadata);
  const classification = str(rec(rec(p.data.spec).access).classification) ?? 'unclassified';
  const description = firstParagraph(str(port.description) ?? str(rec(p.data.spec).description) ?? '');
  const processingTime = str(rec(port.temporal).processingTime) ?? '';
  return {
    productId: p.id,
    port: str(port.name) ?? '',
    schema,
    name,
    columns,
    primaryKey,
    comment: `${description} [product ${p.id}; owner ${p.owner ?? '?'}; version ${str(meta.version) ?? '?'}; classification ${classification}]`,
    view: { name: nameLatestView(name), processingTime, comment: `The rows of the latest processing time (${processingTime}) of ${schema}.${name}.` },
    file: p.file,
    lifecycle: p.lifecycle ?? '',
  };
}

function describeRetired(p: ProductNode, port: Rec, table: DesiredTable, readers: Map<string, Set<string>>, today: string): RetiredTable {
  const key = `${p.id}/${str(port.name)}`;
  const decision = decideRetiredDrop({
    sunset: str(rec(p.data.metadata).sunset),
    retention: str(port.retention),
    readers: [...(readers.get(key) ?? []), ...(table.shares ?? []).map((s) => s.team)],
    today,
  });
  return { productId: p.id, schema: table.schema, name: table.name, view: table.view.name, ...decision };
}

function describeColumn(c: Rec, constraint?: string): string | undefined {
  const parts = [
    str(c.description),
    c.classification ? `[classification ${String(c.classification)}]` : undefined,
    constraint ? `[${constraint}]` : undefined,
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}

/** The first paragraph of a Markdown text, on one line, at most 300 characters. */
function firstParagraph(text: string): string {
  const para =
    text
      .trim()
      .split(/\n\s*\n/)[0]
      ?.replace(/\s+/g, ' ') ?? '';
  return para.length > 300 ? `${para.slice(0, 297)}...` : para;
}
