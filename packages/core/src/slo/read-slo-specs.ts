import type { CatalogIndex } from '../catalog/catalog-index.js';
import type { MeshGraph } from '../graph/build-mesh-graph.js';
import { nameSchema, nameTable } from '../platform/name-platform-objects.js';
import { durationToHours, percentToFraction, windowToHours } from './parse-duration.js';
import type { SloType } from './slo-types.js';

/** A quality check as the manifest declares it (probes turn it into SQL). */
export interface QualityCheckSpec {
  type: 'unique' | 'not_null' | 'accepted_values' | 'range' | 'sql';
  name?: string;
  column?: string;
  columns?: string[];
  values?: (string | number | boolean)[];
  min?: number;
  max?: number;
  query?: string;
  mustBe?: number;
}

/** Where a table port lives on the platform and what its probes need to know. */
export interface ProbeTarget {
  schema: string;
  table: string;
  processingTime: string;
  actualTime: string;
  /** Whether the actual-time column is a date (its skew is counted from midnight UTC). */
  actualTimeIsDate: boolean;
  /** Columns the manifest marks required. */
  required: string[];
  quality: QualityCheckSpec[];
}

/** One declared SLO with its numbers read, ready to evaluate and to probe. */
export interface SloSpec {
  productId: string;
  domain: string;
  owner: string;
  ownerHandle?: string;
  port: string;
  slo: string;
  type: SloType;
  /** The declared threshold as written (`PT1H`, `99.99%`), for people. */
  thresholdText?: string;
  thresholdHours?: number;
  thresholdPercent?: number;
  percentile?: number;
  min?: number;
  max?: number;
  objective: number;
  window: string;
  windowHours: number;
  /** Somebody reads the port (a consumer team or a downstream product): a breach there is critical. */
  hasReaders: boolean;
  /** Set for ports of kind `table` of provisioned products: the probes measure these. */
  target?: ProbeTarget;
}

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.map(rec) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/**
 * Every SLO the valid manifests declare, with thresholds, objectives and windows as numbers, and for table ports the
 * table its probes read.
 *
 * @example
 * const specs = readSloSpecs(check.index, check.graph); // [{ productId, port, slo, type: 'freshness', thresholdHours: 1, ... }]
 */
export function readSloSpecs(index: CatalogIndex, graph: MeshGraph): SloSpec[] {
  const handles = new Map(index.teams.map((t) => [t.name, str(rec(t.data.spec).github)]));
  const specs: SloSpec[] = [];
  for (const p of index.products) {
    if (!p.valid || !p.domain || !p.owner || p.lifecycle === 'proposed' || p.lifecycle === 'retired') continue;
    const downstream = graph.downstreamEdges.get(p.id) ?? [];
    for (const port of list(rec(p.data.spec).outputPorts)) {
      const portName = str(port.name) ?? '';
      const hasReaders = downstream.some((e) => e.port === portName) || p.consumers.some((c) => !c.ports || c.ports.includes(portName));
      const target = port.kind === 'table' ? readTarget(p.id, p.domain, port) : undefined;
      for (const s of list(port.slos)) {
        const threshold = str(s.threshold);
        const handle = handles.get(p.owner);
        specs.push({
          productId: p.id,
          domain: p.domain,
          owner: p.owner,
          ...(handle ? { ownerHandle: handle } : {}),
          port: portName,
          slo: str(s.name) ?? '',
          type: str(s.type) as SloType,
          ...(threshold ? { thresholdText: threshold } : {}),
          ...numbers(threshold),
          ...(num(s.percentile) !== undefined ? { percentile: num(s.percentile) } : {}),
          ...(num(s.min) !== undefined ? { min: num(s.min) } : {}),
          ...(num(s.max) !== undefined ? { max: num(s.max) } : {}),
          objective: percentToFraction(str(s.objective) ?? '') ?? 1,
          window: str(s.window) ?? '28d',
          windowHours: windowToHours(str(s.window) ?? '') ?? 672,
          hasReaders,
          ...(target ? { target } : {}),
        });
      }
    }
  }
  return specs;
}

function numbers(threshold: string | undefined): Pick<SloSpec, 'thresholdHours' | 'thresholdPercent'> {
  if (!threshold) return {};
  const pct = percentToFraction(threshold);
  if (pct !== undefined) return { thresholdPercent: pct * 100 };
  const hours = durationToHours(threshold);
  return hours !== undefined ? { thresholdHours: hours } : {};
}

function readTarget(productId: string, domain: string, port: Rec): ProbeTarget {
  const temporal = rec(port.temporal);
  const actual = str(temporal.actualTime) ?? '';
  const actualColumn = list(port.schema).find((c) => c.name === actual);
  return {
    schema: nameSchema(domain),
    table: nameTable(productId, str(port.name) ?? ''),
    processingTime: str(temporal.processingTime) ?? '',
    actualTime: actual,
    actualTimeIsDate: actualColumn?.type === 'date',
    required: list(port.schema)
      .filter((c) => c.required === true)
      .map((c) => str(c.name) ?? ''),
    quality: list(port.quality) as unknown as QualityCheckSpec[],
  };
}
