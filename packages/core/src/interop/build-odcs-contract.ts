import { mapColumnType } from '../platform/map-column-type.js';
import type { Engine } from '../platform/platform-types.js';
import { nameSchema, nameTable } from '../platform/name-platform-objects.js';
import {
  LOGICAL_TYPES,
  MANIFEST_TYPES,
  MESHPLANE_PREFIX,
  ODCS_API_VERSION,
  type OdcsContract,
  type OdcsCustomProperty,
  type OdcsPlatform,
} from './odcs-types.js';
import { buildOdcsQuality, buildOdcsSla, isPropertyRule } from './build-odcs-checks.js';
import { buildTeamBlock, nameContractId } from './interop-parts.js';
import type { AgreementExport } from '../agreement/describe-agreement.js';

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.map(rec) : []);

/** Product fields ODCS has no place for: each becomes a `meshplane.<field>` custom property of the contract. */
const PRODUCT_EXTRAS = ['archetype', 'productOwner', 'subdomain', 'successor', 'sunset'] as const;
const SPEC_EXTRAS = ['inputPorts', 'access', 'policies', 'transformation', 'docs', 'support'] as const;

/** What the export needs beside the product: the platform serving it and the owner team's manifest. */
export interface OdcsExportOptions {
  platform?: OdcsPlatform;
  team?: unknown;
  /** The product's data sharing agreements, judged on the export's day: those not ended become roles. */
  agreements?: readonly AgreementExport[];
}

/**
 * One output port of a product as an ODCS v3.1 data contract: the port as one schema object whose properties are
 * the columns (logical and physical types, primary key, classification), its quality checks, SLA properties from
 * its SLOs and retention, the platform as the server, the owner team with the product owner, its readers as roles
 * (agreements not ended, and the deprecated inline grants), and support. What ODCS has no field for (archetype,
 * input ports, policies, the SLOs' objectives and windows, …) travels as `meshplane.*` custom properties, so an
 * import restores the manifest exactly. Pure.
 *
 * @example buildOdcsContract(manifest, 'daily-listeners', { platform: { driver: 'duckdb' } }).schema[0].physicalName
 */
export function buildOdcsContract(manifest: unknown, portName: string, options: OdcsExportOptions = {}): OdcsContract {
  const meta = rec(rec(manifest).metadata);
  const spec = rec(rec(manifest).spec);
  const port = list(spec.outputPorts).find((p) => p.name === portName);
  if (!port) throw new Error(`The product has no output port ${portName}.`);
  const id = String(meta.id);
  const engine = options.platform?.driver ?? 'duckdb';
  const { name: _n, description, schema, primaryKey, quality, ...portExtras } = port;
  const custom: OdcsCustomProperty[] = [{ property: `${MESHPLANE_PREFIX}productId`, value: id }];
  for (const k of PRODUCT_EXTRAS) if (meta[k] !== undefined) custom.push({ property: `${MESHPLANE_PREFIX}${k}`, value: meta[k] });
  for (const k of SPEC_EXTRAS) if (spec[k] !== undefined) custom.push({ property: `${MESHPLANE_PREFIX}${k}`, value: spec[k] });
  custom.push({ property: `${MESHPLANE_PREFIX}port`, value: portExtras });
  const keys = Array.isArray(primaryKey) ? primaryKey.map(String) : [];
  const checks = list(quality);
  const rules = buildOdcsQuality(checks);
  const objectRules = rules.filter((_, i) => !isPropertyRule(checks[i] as Rec));
  const columnRules = (column: unknown): Rec[] => rules.filter((_, i) => isPropertyRule(checks[i] as Rec) && (checks[i] as Rec).column === column);
  const contract: OdcsContract = {
    apiVersion: ODCS_API_VERSION,
    kind: 'DataContract',
    id: nameContractId(id, portName),
    name: meta.name,
    version: meta.version,
    status: meta.lifecycle,
    domain: meta.domain,
    ...(Array.isArray(meta.tags) && meta.tags.length ? { tags: meta.tags } : {}),
    description: {
      usage: spec.description,
      ...(spec.purpose !== undefined ? { purpose: spec.purpose } : {}),
      ...(spec.limitations !== undefined ? { limitations: spec.limitations } : {}),
    },
    schema: [
      {
        name: portName,
        logicalType: 'object',
        physicalType: port.kind === 'table' ? 'table' : String(port.kind),
        physicalName: nameTable(id, portName),
        ...(description !== undefined ? { description } : {}),
        properties: list(schema).map((c) => ({ ...buildProperty(c, keys, engine), ...withQuality(columnRules(c.name)) })),
        ...withQuality(objectRules),
      },
    ],
    servers: [buildServer(options.platform, String(meta.domain))],
    team: buildTeamBlock(String(meta.owner), meta.productOwner, options.team),
    ...withRoles([...buildAgreementRoles(options.agreements ?? [], portName, meta.productOwner), ...buildRoles(spec.access, portName, meta.productOwner)]),
    ...withSupport(spec.support),
    ...withSla(buildOdcsSla(port)),
    customProperties: custom,
  };
  return contract;
}

function buildProperty(c: Rec, keys: string[], engine: Engine): Rec {
  const type = String(c.type);
  const logical = LOGICAL_TYPES[type] ?? 'string';
  const custom: OdcsCustomProperty[] = [];
  if (MANIFEST_TYPES[logical] !== type) custom.push({ property: `${MESHPLANE_PREFIX}type`, value: type });
  for (const k of ['precision', 'scale', 'identifier']) if (c[k] !== undefined) custom.push({ property: `${MESHPLANE_PREFIX}${k}`, value: c[k] });
  const position = keys.indexOf(String(c.name));
  return {
    name: c.name,
    logicalType: logical,
    physicalType: physicalTypeOf(engine, type, c),
    ...(c.required !== undefined ? { required: c.required } : {}),
    ...(c.description !== undefined ? { description: c.description } : {}),
    ...(c.classification !== undefined ? { classification: c.classification } : {}),
    ...(position >= 0 ? { primaryKey: true, primaryKeyPosition: position + 1 } : {}),
    ...(type === 'uuid' ? { logicalTypeOptions: { format: 'uuid' } } : {}),
    ...(custom.length ? { customProperties: custom } : {}),
  };
}

function physicalTypeOf(engine: Engine, type: string, c: Rec): string {
  if (type === 'decimal') return `DECIMAL(${Number(c.precision ?? 38)},${Number(c.scale ?? 9)})`;
  return mapColumnType(engine, type).ddl;
}

function buildServer(platform: OdcsPlatform | undefined, domain: string): Rec {
  if (platform?.driver === 'postgres')
    return {
      server: 'platform',
      type: 'custom',
      description: `PostgreSQL; the connection string is in the environment variable ${platform.connectionEnv ?? 'MESHPLANE_DATABASE_URL'}.`,
      customProperties: [{ property: 'schema', value: nameSchema(domain) }],
    };
  if (platform?.driver === 'trino')
    return {
      server: 'platform',
      type: 'custom',
      description: `Trino; the server URL and catalog are in the environment variables ${platform.trino?.serverEnv ?? 'MESHPLANE_TRINO_URL'} and ${platform.trino?.catalogEnv ?? 'MESHPLANE_TRINO_CATALOG'}.`,
      customProperties: [{ property: 'schema', value: nameSchema(domain) }],
    };
  return { server: 'platform', type: 'duckdb', database: platform?.duckdbPath ?? '.meshplane/mesh.duckdb', schema: nameSchema(domain) };
}

/**
 * The agreements that share this port and have not ended, as roles: the consumer team reads, for the agreement's
 * purpose; the product owner approves. The agreement, its end, legal basis and any column limit travel as custom
 * properties (an import of the contract takes grants from agreement files, never from roles).
 */
function buildAgreementRoles(agreements: readonly AgreementExport[], port: string, productOwner: unknown): Rec[] {
  return agreements.flatMap((a) => {
    const shared = a.ports.find((p) => p.name === port);
    if (!shared || a.status === 'ended') return [];
    const custom: OdcsCustomProperty[] = [
      { property: `${MESHPLANE_PREFIX}agreement`, value: a.name },
      { property: `${MESHPLANE_PREFIX}until`, value: a.end },
      ...(a.legalBasis ? [{ property: `${MESHPLANE_PREFIX}legalBasis`, value: a.legalBasis }] : []),
      ...(shared.columns ? [{ property: `${MESHPLANE_PREFIX}columns`, value: shared.columns }] : []),
      ...(shared.maxClassification ? [{ property: `${MESHPLANE_PREFIX}maxClassification`, value: shared.maxClassification }] : []),
    ];
    return [{ role: a.team, description: a.purpose, access: 'read', firstLevelApprovers: String(productOwner), customProperties: custom }];
  });
}

/** Consumer grants of this port as roles (the deprecated inline form): the team reads, the product owner approves. */
function buildRoles(access: unknown, port: string, productOwner: unknown): Rec[] {
  return list(rec(access).consumers)
    .filter((c) => !Array.isArray(c.ports) || (c.ports as unknown[]).includes(port))
    .map((c) => ({ role: String(c.team), access: 'read', firstLevelApprovers: String(productOwner) }));
}

function withRoles(roles: Rec[]): Rec {
  return roles.length ? { roles } : {};
}

function withSupport(support: unknown): Rec {
  const s = rec(support);
  const items: Rec[] = [];
  if (typeof s.channel === 'string') items.push({ channel: s.channel, ...(s.channel.startsWith('https://') ? { url: s.channel } : {}) });
  if (s.issues === 'github') items.push({ channel: 'slo-breach-issues', tool: 'github', scope: 'issues' });
  return items.length ? { support: items } : {};
}

function withQuality(quality: Rec[]): Rec {
  return quality.length ? { quality } : {};
}

function withSla(sla: Rec[]): Rec {
  return sla.length ? { slaProperties: sla } : {};
}
