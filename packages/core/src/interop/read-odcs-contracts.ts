import type { Finding } from '../model/finding.js';
import type { SourceDocument } from '../model/source-document.js';
import { findingAt } from '../model/finding-at.js';
import { readMeshplaneProperty, readOdcsPort, warnDropped, type OdcsPortFlags } from './read-odcs-port.js';
import { warnUnkept } from './warn-unkept.js';
import { LIFECYCLES, readLifecycle, slugOf } from './interop-parts.js';

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.map(rec) : []);

/** What ODCS lacks and the person importing supplies. */
export interface OdcsImportFlags extends OdcsPortFlags {
  domain: string;
  owner?: string;
  archetype?: string;
  productOwner?: string;
  classification?: string;
}

const TOP_KEYS = new Set([
  'apiVersion',
  'kind',
  'id',
  'name',
  'version',
  'status',
  'domain',
  'tags',
  'description',
  'schema',
  'servers',
  'team',
  'roles',
  'support',
  'slaProperties',
  'customProperties',
]);
const PRODUCT_EXTRAS = ['archetype', 'productOwner', 'subdomain', 'successor', 'sunset'];
const SPEC_EXTRAS = ['inputPorts', 'access', 'policies', 'transformation', 'docs', 'support'];

/**
 * ODCS v3 contracts as product manifests: each contract's schema objects become output ports, and contracts of the
 * same product (the `meshplane.productId` custom property, else the contract's name within `--domain`) one product.
 * The `meshplane.*` custom properties Meshplane's export writes restore the manifest exactly; what ODCS lacks
 * (owner team, archetype, domain, times, classification) comes from the flags. Errors say what a person must supply;
 * warnings name each field not kept, on its line. Pure.
 *
 * @example readOdcsContracts([doc], { domain: 'podcast' }).manifests[0].metadata.id // 'podcast.podcast-listeners'
 */
export function readOdcsContracts(docs: SourceDocument[], flags: OdcsImportFlags): { manifests: Rec[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const products = new Map<string, Rec>();
  const foreign: { doc: SourceDocument; id: string }[] = [];
  for (const doc of docs) {
    if (!checkContract(doc, findings)) continue;
    const c = rec(doc.value);
    const id = productIdOf(c, flags.domain);
    const product = products.get(id) ?? readProduct(doc, id, flags, findings);
    products.set(id, product);
    const ports = rec(product.spec).outputPorts as Rec[];
    for (let i = 0; i < list(c.schema).length; i++) ports.push(readOdcsPort(doc, i, flags, findings));
    // Meshplane's own contracts restore the manifest exactly (the round-trip tests prove it); others may lose values.
    if (readMeshplaneProperty(c.customProperties, 'port') === undefined) foreign.push({ doc, id });
  }
  for (const { doc, id } of foreign)
    warnUnkept(doc, products.get(id), findings, {
      ruleId: 'odcs.import.dropped',
      consumed: consumedBy(rec(doc.value)),
      why: 'Meshplane has no field for it, or derives it from the catalog (table names, physical types).',
      hint: 'Keep the contract if you need it, or write it into the manifest by hand.',
    });
  return { manifests: [...products.values()], findings };
}

/** The fields a contract's import turns into other fields: they are not lost, though their values change form. */
function consumedBy(c: Rec): (pointer: string) => boolean {
  return (p) => {
    if (['/apiVersion', '/kind', '/id', '/status'].includes(p)) return true;
    if (/^\/schema\/\d+\/(logicalType|physicalType)$/.test(p)) return true;
    if (/^\/schema\/\d+\/properties\/\d+\/(logicalType|primaryKeyPosition)$/.test(p)) return true;
    // The role that made a member the product owner.
    const role = /^\/team\/members\/(\d+)\/role$/.exec(p);
    if (role) return /owner/i.test(String(list(rec(c.team).members)[Number(role[1])]?.role));
    const sla = /^\/slaProperties\/(\d+)\/(property|value)$/.exec(p);
    return sla !== null && list(c.slaProperties)[Number(sla[1])]?.property === 'latency';
  };
}

/** Whether the document is an ODCS v3 contract; a finding when it is not. */
function checkContract(doc: SourceDocument, findings: Finding[]): boolean {
  const c = doc.value;
  const fail = (pointer: string, message: string, hint: string): false => {
    findings.push(findingAt(doc, pointer, { ruleId: 'odcs.import.not-a-contract', message, hint }));
    return false;
  };
  if (!c || typeof c !== 'object' || Array.isArray(c))
    return fail('', 'The file is not an ODCS data contract (not a mapping).', 'Import ODCS v3 contracts (kind: DataContract).');
  const r = c as Rec;
  if (r.kind !== 'DataContract')
    return fail('/kind', 'The file is not an ODCS data contract: kind is not DataContract.', 'Import ODCS v3 contracts (kind: DataContract).');
  if (typeof r.apiVersion !== 'string' || !/^v3\.\d+\.\d+$/.test(r.apiVersion))
    return fail(
      '/apiVersion',
      `ODCS ${String(r.apiVersion)} is not a version Meshplane reads; it reads v3.x.`,
      'Convert the contract to ODCS v3 (datacontract-cli can upgrade v2 contracts).',
    );
  if (!Array.isArray(r.schema) || r.schema.length === 0)
    return fail('/schema', 'The contract has no schema objects, so no output port.', 'Add the schema of the data the contract describes.');
  return true;
}

function productIdOf(c: Rec, domain: string): string {
  const kept = readMeshplaneProperty(c.customProperties, 'productId');
  const name = typeof kept === 'string' ? kept.slice(kept.indexOf('.') + 1) : slugOf(String(c.name ?? c.id ?? 'product'));
  return `${domain}.${name}`;
}

function readProduct(doc: SourceDocument, id: string, flags: OdcsImportFlags, findings: Finding[]): Rec {
  const c = rec(doc.value);
  const custom = c.customProperties;
  const ours = readMeshplaneProperty(custom, 'port') !== undefined;
  for (const k of Object.keys(c)) if (!TOP_KEYS.has(k)) warnDropped(doc, `/${k}`, findings);
  for (const [i, p] of list(custom).entries()) if (!String(p.property).startsWith('meshplane.')) warnDropped(doc, `/customProperties/${i}`, findings);
  if (!ours)
    for (const k of ['servers', 'roles'])
      if (c[k] !== undefined) warnDropped(doc, `/${k}`, findings, 'servers come from .github/meshplane.yml, grants from access.consumers.');
  const team = rec(c.team);
  const owner = flags.owner ?? (typeof team.name === 'string' ? team.name : undefined);
  const productOwner =
    readMeshplaneProperty(custom, 'productOwner') ?? flags.productOwner ?? list(team.members).find((m) => /owner/i.test(String(m.role)))?.username;
  const archetype = readMeshplaneProperty(custom, 'archetype') ?? flags.archetype;
  const status = String(c.status);
  const lifecycle = readLifecycle(status);
  const supply = (pointer: string, what: string, hint: string): void => {
    findings.push(findingAt(doc, pointer, { ruleId: 'odcs.import.supply', message: `ODCS does not say the product's ${what}.`, hint }));
  };
  if (!owner) supply('/team', 'owner team', 'Pass --owner TEAM (a team of catalog/teams/).');
  if (!productOwner) supply('/team', 'product owner', 'Pass --product-owner @ORG/PERSON.');
  if (!archetype) supply('', 'archetype', 'Pass --archetype source-aligned, aggregate or consumer-aligned.');
  if (!lifecycle) supply('/status', `lifecycle (status ${status} is not one of ${[...LIFECYCLES].join(', ')})`, 'Set status to one of them in the contract.');
  const description = rec(c.description);
  const meta: Rec = { id, name: c.name ?? id, domain: flags.domain, archetype, owner, productOwner, version: c.version, lifecycle };
  for (const k of PRODUCT_EXTRAS.slice(2)) {
    const v = readMeshplaneProperty(custom, k);
    if (v !== undefined) meta[k] = v;
  }
  if (Array.isArray(c.tags) && c.tags.length) meta.tags = c.tags;
  const spec: Rec = { description: description.usage ?? description.purpose ?? `${String(c.name ?? id)} (imported from ODCS).` };
  if (description.purpose !== undefined) spec.purpose = description.purpose;
  if (description.limitations !== undefined) spec.limitations = description.limitations;
  spec.inputPorts = readMeshplaneProperty(custom, 'inputPorts') ?? [];
  spec.outputPorts = [];
  spec.access = readMeshplaneProperty(custom, 'access') ?? { classification: flags.classification };
  if (!ours && !flags.classification) supply('', 'classification', 'Pass --classification public, internal, confidential or restricted.');
  for (const k of SPEC_EXTRAS.slice(2)) {
    const v = readMeshplaneProperty(custom, k);
    if (v !== undefined) spec[k] = v;
  }
  return { apiVersion: 'meshplane/v1', kind: 'DataProduct', metadata: meta, spec };
}
