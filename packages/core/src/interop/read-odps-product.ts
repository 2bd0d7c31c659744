import type { Finding } from '../model/finding.js';
import type { SourceDocument } from '../model/source-document.js';
import { findingAt } from '../model/finding-at.js';
import { readOdcsContracts, type OdcsImportFlags } from './read-odcs-contracts.js';
import { readMeshplaneProperty } from './read-odcs-port.js';
import { warnUnkept } from './warn-unkept.js';
import { readLifecycle, slugOf } from './interop-parts.js';

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.map(rec) : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** ODPS fields the import reads; any other top-level field is warned as not kept, on its line. */
const READ = new Set([
  'apiVersion',
  'kind',
  'id',
  'name',
  'version',
  'status',
  'domain',
  'description',
  'tags',
  'inputPorts',
  'outputPorts',
  'support',
  'team',
  'customProperties',
]);
/** A Meshplane port's contract id: `<domain>.<product>.<port>`. */
const PORT_ID = /^([a-z0-9-]+\.[a-z0-9-]+)\.([a-z0-9-]+)$/;

/** Whether a document is an ODPS data product (kind DataProduct with an ODPS `v1.x` apiVersion, not a Meshplane manifest). */
export function isOdpsProduct(value: unknown): boolean {
  const r = rec(value);
  return r.kind === 'DataProduct' && typeof r.apiVersion === 'string' && /^v\d+\.\d+\.\d+$/.test(r.apiVersion);
}

/**
 * One ODPS v1 data product and the ODCS contracts its output ports name (`contractId`) as one product manifest: the
 * contracts give the output ports (read as `mesh import odcs` reads them), the ODPS document the product (id, name,
 * version, status, domain, purpose, limitations, tags, owner team and product owner, the input ports reading other
 * products by their contract ids). The `meshplane.*` custom properties `mesh export odps` writes restore the
 * manifest exactly; what neither standard says comes from the flags. An output port whose contract is not among the
 * files is an error on its line; a field not kept is a warning on its line. Pure.
 */
export function readOdpsProduct(odps: SourceDocument, contracts: SourceDocument[], flags: Partial<OdcsImportFlags>): { manifests: Rec[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const p = rec(odps.value);
  if (!checkOdps(odps, findings)) return { manifests: [], findings };
  for (const k of Object.keys(p)) if (!READ.has(k)) warn(odps, `/${k}`, findings);
  const custom = p.customProperties;
  const domain = flags.domain ?? text(p.domain);
  if (!domain) {
    findings.push(
      findingAt(odps, '', {
        ruleId: 'odps.import.supply',
        message: "ODPS does not say the product's domain.",
        hint: 'Pass --domain D (a domain of catalog/domains/).',
      }),
    );
    return { manifests: [], findings };
  }
  const byId = new Map(contracts.map((c) => [String(rec(c.value).id ?? ''), c]));
  const named: SourceDocument[] = [];
  for (const [i, port] of list(p.outputPorts).entries()) {
    const id = text(port.contractId);
    const contract = id ? byId.get(id) : undefined;
    if (contract) named.push(contract);
    else
      findings.push(
        findingAt(odps, `/outputPorts/${i}${id ? '/contractId' : ''}`, {
          ruleId: 'odps.import.missing-contract',
          message: id
            ? `Output port ${String(port.name)} names contract ${id}, which is not among the files given.`
            : `Output port ${String(port.name)} names no contract (contractId), so it has no schema.`,
          hint: id ? `Pass the ODCS file whose id is ${id} (mesh export odcs writes it).` : 'Give the port a contractId and pass that ODCS contract.',
        }),
      );
  }
  if (named.length === 0) return { manifests: [], findings };
  const team = rec(p.team);
  const derived: OdcsImportFlags = {
    ...flags,
    domain,
    ...pick('owner', flags.owner ?? readString(custom, 'owner') ?? text(team.name)),
    ...pick(
      'productOwner',
      readString(custom, 'productOwner') ?? flags.productOwner ?? text(list(team.members).find((m) => /owner/i.test(String(m.role)))?.username),
    ),
    ...pick('archetype', readString(custom, 'archetype') ?? flags.archetype),
    ...pick('classification', flags.classification ?? readString(custom, 'classification')),
  };
  const read = readOdcsContracts(named, derived);
  findings.push(...read.findings);
  const [base, ...others] = read.manifests;
  if (!base) return { manifests: [], findings };
  const meta = rec(base.metadata);
  const spec = rec(base.spec);
  spec.outputPorts = [...list(spec.outputPorts), ...others.flatMap((m) => list(rec(m.spec).outputPorts))];
  const id = text(p.id);
  meta.id = id && id.startsWith(`${domain}.`) && /^[a-z0-9-]+\.[a-z0-9-]+$/.test(id) ? id : `${domain}.${slugOf(text(p.name) ?? id ?? 'product')}`;
  meta.domain = domain;
  if (text(p.name)) meta.name = p.name;
  if (text(p.version)) meta.version = p.version;
  const lifecycle = readLifecycle(p.status);
  if (lifecycle) meta.lifecycle = lifecycle;
  if (Array.isArray(p.tags) && p.tags.length > 0) meta.tags = p.tags;
  const description = rec(p.description);
  if (text(description.purpose)) spec.purpose = description.purpose;
  if (text(description.limitations)) spec.limitations = description.limitations;
  const about = readMeshplaneProperty(description.customProperties, 'description');
  if (typeof about === 'string') spec.description = about;
  // Meshplane's own contracts carry the input ports exactly (meshplane.inputPorts); otherwise the ODPS ports say them.
  const kept = named.some((c) => readMeshplaneProperty(rec(c.value).customProperties, 'inputPorts') !== undefined);
  if (!kept) spec.inputPorts = readInputPorts(odps, findings);
  const manifest = { ...base, metadata: meta, spec };
  // Meshplane's own export restores the manifest exactly (the round-trip tests prove it); another document may lose values.
  if (readMeshplaneProperty(custom, 'owner') === undefined)
    warnUnkept(odps, manifest, findings, {
      ruleId: 'odps.import.dropped',
      consumed: consumedBy(p, String(meta.productOwner)),
      why: 'Meshplane has no field for it.',
      hint: 'Keep the ODPS document if you need it.',
    });
  return { manifests: [manifest], findings };
}

/** The fields the import turns into other fields: identity and status, port versions, contract ids, the owner's role. */
function consumedBy(p: Rec, productOwner: string): (pointer: string) => boolean {
  return (at) => {
    if (['/apiVersion', '/kind', '/id', '/status'].includes(at)) return true;
    if (/^\/(input|output)Ports\/\d+\/(contractId|version)$/.test(at)) return true;
    const kept = /^\/inputPorts\/(\d+)\/customProperties\/(\d+)\/property$/.exec(at);
    if (kept) return String(list(list(p.inputPorts)[Number(kept[1])]?.customProperties)[Number(kept[2])]?.property).startsWith('meshplane.');
    const role = /^\/team\/members\/(\d+)\/role$/.exec(at);
    return role !== null && list(rec(p.team).members)[Number(role[1])]?.username === productOwner;
  };
}

function checkOdps(doc: SourceDocument, findings: Finding[]): boolean {
  const r = rec(doc.value);
  const fail = (pointer: string, message: string, hint: string): false => {
    findings.push(findingAt(doc, pointer, { ruleId: 'odps.import.not-a-product', message, hint }));
    return false;
  };
  if (r.kind !== 'DataProduct' || typeof r.apiVersion !== 'string')
    return fail(
      r.kind === undefined ? '' : '/kind',
      'The file is not an ODPS data product (kind DataProduct with an apiVersion such as v1.0.0).',
      'Import ODPS v1 documents.',
    );
  if (!/^v1\.\d+\.\d+$/.test(r.apiVersion))
    return fail('/apiVersion', `ODPS ${r.apiVersion} is not a version Meshplane reads; it reads v1.x.`, 'Convert the document to ODPS v1.');
  if (!Array.isArray(r.outputPorts) || r.outputPorts.length === 0)
    return fail('/outputPorts', 'The product has no output ports.', 'Add an output port naming its ODCS contract.');
  return true;
}

/**
 * The input ports: `meshplane.sourceSystems` as written, then each ODPS input port whose contract id names a
 * Meshplane port (`<domain>.<product>.<port>`), with its mode, schedule, query and description when kept. Another
 * contract id cannot say which product it is: a warning on its line, and the port is not imported.
 */
function readInputPorts(doc: SourceDocument, findings: Finding[]): Rec[] {
  const p = rec(doc.value);
  const systems = readMeshplaneProperty(p.customProperties, 'sourceSystems');
  const ports: Rec[] = Array.isArray(systems) ? systems.map(rec) : [];
  for (const [i, port] of list(p.inputPorts).entries()) {
    const m = PORT_ID.exec(String(port.contractId ?? ''));
    if (!m) {
      warn(
        doc,
        `/inputPorts/${i}`,
        findings,
        `contract ${String(port.contractId)} does not name a Meshplane port (<domain>.<product>.<port>); declare the input port's source by hand.`,
      );
      continue;
    }
    const kept = (k: string): Rec => {
      const v = readMeshplaneProperty(port.customProperties, k);
      return v === undefined ? {} : { [k]: v };
    };
    ports.push({
      name: String(port.name),
      ...kept('description'),
      source: { product: m[1], port: m[2] },
      mode: 'pull',
      ...kept('mode'),
      ...kept('schedule'),
      ...kept('query'),
    });
  }
  return ports;
}

function warn(doc: SourceDocument, pointer: string, findings: Finding[], why = 'Meshplane has no field for it.'): void {
  findings.push(
    findingAt(
      doc,
      pointer,
      { ruleId: 'odps.import.dropped', severity: 'warning', message: `${pointer} is not kept: ${why}`, hint: 'Keep the ODPS document if you need it.' },
      'key',
    ),
  );
}

function readString(custom: unknown, name: string): string | undefined {
  const v = readMeshplaneProperty(custom, name);
  return typeof v === 'string' ? v : undefined;
}

function pick<K extends string>(key: K, value: string | undefined): { [k in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [k in K]?: string };
}
