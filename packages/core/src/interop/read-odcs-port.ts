import type { Finding } from '../model/finding.js';
import type { SourceDocument } from '../model/source-document.js';
import { findingAt } from '../model/finding-at.js';
import { MANIFEST_TYPES, MESHPLANE_PREFIX } from './odcs-types.js';

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.map(rec) : []);

/** What the person importing says about ports ODCS cannot describe (foreign contracts only). */
export interface OdcsPortFlags {
  actualTime?: string;
  processingTime?: string;
}

const OBJECT_KEYS = new Set(['name', 'logicalType', 'physicalType', 'physicalName', 'description', 'properties', 'quality']);
const PROPERTY_KEYS = new Set([
  'name',
  'quality',
  'logicalType',
  'physicalType',
  'required',
  'description',
  'classification',
  'primaryKey',
  'primaryKeyPosition',
  'logicalTypeOptions',
  'customProperties',
]);
const COLUMN_CLASSES = new Set(['pii', 'sensitive-pii', 'confidential', 'internal', 'public']);

/** Reads the value of the custom property `meshplane.<name>` from an ODCS custom property list. */
export function readMeshplaneProperty(props: unknown, name: string): unknown {
  return list(props).find((p) => p.property === `${MESHPLANE_PREFIX}${name}`)?.value;
}

/**
 * One schema object of an ODCS contract as an output port: its columns, primary key, quality checks and, from the
 * `meshplane.port` custom property (or the flags and SLA properties for a contract Meshplane did not write), its
 * kind, times and SLOs. Fields it cannot hold are warnings on their line; what a person must supply is an error.
 */
export function readOdcsPort(doc: SourceDocument, index: number, flags: OdcsPortFlags, findings: Finding[]): Rec {
  const contract = rec(doc.value);
  const obj = rec(list(contract.schema)[index]);
  const at = `/schema/${index}`;
  for (const k of Object.keys(obj)) if (!OBJECT_KEYS.has(k)) warnDropped(doc, `${at}/${k}`, findings);
  const props = list(obj.properties);
  const columns = props.map((p, i) => readColumn(doc, p, `${at}/properties/${i}`, findings));
  const keys = props
    .map((p, i) => ({ name: p.name, pos: typeof p.primaryKeyPosition === 'number' ? p.primaryKeyPosition : i, on: p.primaryKey === true }))
    .filter((k) => k.on)
    .sort((a, b) => a.pos - b.pos)
    .map((k) => k.name);
  const extras = rec(readMeshplaneProperty(contract.customProperties, 'port'));
  const port: Rec = {
    name: obj.name,
    ...(Object.keys(extras).length ? extras : foreignExtras(doc, obj, flags, findings)),
    ...(obj.description !== undefined ? { description: obj.description } : {}),
    schema: columns,
    ...(keys.length ? { primaryKey: keys } : {}),
  };
  const rules = [
    ...list(obj.quality).map((q, i) => ({ q, at: `${at}/quality/${i}`, column: undefined as unknown })),
    ...props.flatMap((p, j) => list(p.quality).map((q, i) => ({ q, at: `${at}/properties/${j}/quality/${i}`, column: p.name }))),
  ];
  const order = (q: Rec): number => Number(readMeshplaneProperty(q.customProperties, 'order') ?? Number.MAX_SAFE_INTEGER);
  const kept = rules
    .map((r) => ({ check: readCheck(doc, r.q, r.at, r.column, findings), order: order(r.q) }))
    .filter((r): r is { check: Rec; order: number } => r.check !== undefined)
    .sort((a, b) => a.order - b.order)
    .map((r) => r.check);
  if (kept.length) port.quality = kept;
  return port;
}

function readColumn(doc: SourceDocument, p: Rec, at: string, findings: Finding[]): Rec {
  for (const k of Object.keys(p)) if (!PROPERTY_KEYS.has(k) && !isUuidOption(k, p.logicalTypeOptions)) warnDropped(doc, `${at}/${k}`, findings);
  const custom = p.customProperties;
  for (const [i, c] of list(custom).entries()) if (!String(c.property).startsWith(MESHPLANE_PREFIX)) warnDropped(doc, `${at}/customProperties/${i}`, findings);
  const type = readMeshplaneProperty(custom, 'type') ?? MANIFEST_TYPES[String(p.logicalType)] ?? 'string';
  const column: Rec = { name: p.name, type };
  for (const k of ['precision', 'scale']) {
    const v = readMeshplaneProperty(custom, k);
    if (v !== undefined) column[k] = v;
  }
  if (p.required !== undefined) column.required = p.required;
  if (p.description !== undefined) column.description = p.description;
  const identifier = readMeshplaneProperty(custom, 'identifier');
  if (identifier !== undefined) column.identifier = identifier;
  if (p.classification !== undefined) {
    if (COLUMN_CLASSES.has(String(p.classification))) column.classification = p.classification;
    else warnDropped(doc, `${at}/classification`, findings, 'Meshplane classifies columns as pii, sensitive-pii, confidential, internal or public.');
  }
  return column;
}

/** `logicalTypeOptions: { format: uuid }` is how the export marks a uuid column; it is read, not dropped. */
function isUuidOption(key: string, options: unknown): boolean {
  const o = rec(options);
  return key === 'logicalTypeOptions' && Object.keys(o).length === 1 && o.format === 'uuid';
}

function readCheck(doc: SourceDocument, q: Rec, at: string, column: unknown, findings: Finding[]): Rec | undefined {
  const kept = readMeshplaneProperty(q.customProperties, 'check');
  if (kept !== undefined) return rec(kept);
  const props = column !== undefined ? [column] : Array.isArray(rec(q.arguments).properties) ? (rec(q.arguments).properties as unknown[]) : [];
  const name = q.name !== undefined ? { name: q.name } : {};
  if (q.metric === 'duplicateValues' && q.mustBe === 0 && props.length) return { type: 'unique', columns: props };
  if (q.metric === 'nullValues' && q.mustBe === 0 && props.length === 1) return { type: 'not_null', column: props[0] };
  if (q.type === 'sql' && typeof q.mustBe === 'number')
    return { type: 'sql', name: q.name ?? `check-${at.split('/').pop()}`, query: q.query, mustBe: q.mustBe, ...name };
  warnDropped(doc, at, findings, 'Meshplane checks unique, not_null, accepted_values, range and SQL rules that must equal a number.');
  return undefined;
}

/** For a contract Meshplane did not write: the port's kind, both times from the flags, a freshness SLO from latency. */
function foreignExtras(doc: SourceDocument, obj: Rec, flags: OdcsPortFlags, findings: Finding[]): Rec {
  const contract = rec(doc.value);
  const columns = new Set(list(obj.properties).map((p) => p.name));
  for (const [flag, value] of [
    ['--actual-time', flags.actualTime],
    ['--processing-time', flags.processingTime],
  ] as const)
    if (!value || !columns.has(value))
      findings.push(
        findingAt(doc, `/schema/${list(contract.schema).indexOf(obj)}/properties`, {
          ruleId: 'odcs.import.supply',
          message: `ODCS has no field for the port's ${flag.slice(2).replace('-', ' ')} column${value ? `; ${value} is not a property of ${String(obj.name)}` : ''}.`,
          hint: `Pass ${flag} COLUMN naming one of the schema object's properties.`,
        }),
      );
  const latency = list(contract.slaProperties).find((s) => s.property === 'latency');
  const slos =
    latency && typeof latency.value === 'string' ? [{ name: 'fresh', type: 'freshness', threshold: latency.value, objective: '99%', window: '28d' }] : [];
  if (!slos.length)
    findings.push(
      findingAt(doc, '/slaProperties', {
        ruleId: 'odcs.import.supply',
        message: 'The contract has no latency SLA property (an ISO 8601 duration such as PT6H); Meshplane needs at least one SLO per port.',
        hint: 'Add slaProperties: [{ property: latency, value: PT6H }] to the contract, or write the SLOs in the manifest by hand.',
      }),
    );
  else
    findings.push(
      findingAt(doc, `/slaProperties/${list(contract.slaProperties).indexOf(latency as Rec)}`, {
        ruleId: 'odcs.import.defaulted',
        severity: 'warning',
        message: 'The latency became a freshness SLO with objective 99% over 28d (ODCS has no objective or window).',
        hint: 'Check the objective and window in the written manifest.',
      }),
    );
  const physical = String(obj.physicalType ?? 'table');
  return {
    kind: ['table', 'files', 'stream', 'api'].includes(physical) ? physical : physical === 'topic' ? 'stream' : 'table',
    temporal: { actualTime: flags.actualTime, processingTime: flags.processingTime },
    slos,
  };
}

/** A warning that a field of the contract is not kept, on its line. */
export function warnDropped(doc: SourceDocument, pointer: string, findings: Finding[], why = 'Meshplane has no field for it.'): void {
  findings.push(
    findingAt(
      doc,
      pointer,
      {
        ruleId: 'odcs.import.dropped',
        severity: 'warning',
        message: `${pointer} is not kept: ${why}`,
        hint: 'Keep the contract if you need it, or drop the field.',
      },
      'key',
    ),
  );
}
