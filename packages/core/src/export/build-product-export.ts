import type { ProductNode } from '../catalog/catalog-index.js';
import type { MeshGraph } from '../graph/build-mesh-graph.js';
import { walkLineage } from '../graph/walk-lineage.js';
import type { Finding } from '../model/finding.js';
import type { DataProduct, OutputPort, Slo } from '../model/index.js';
import type { SloStatus } from '../slo/slo-types.js';
import type { DailySlices } from '../slo/evaluate-slo.js';
import type { ChangelogEntry, ProductExport, PortExport, SloExport } from './export-types.js';

/** An SLO status as `mesh slo evaluate` exports it, with its daily history. */
export type EvaluatedSlo = SloStatus & { history?: DailySlices[] };
import { namePortTable, writeQuerySnippet } from './name-port-table.js';
import { addressProduct } from './rank-products.js';
import { describeProductAgreements } from '../agreement/describe-agreement.js';

/** What shaping one product needs besides its node: the graph, its findings, its waivers, its history. */
export interface ProductContext {
  graph: MeshGraph;
  addressPrefix: string;
  lineageDepth: number;
  findings: readonly Finding[];
  waivers: readonly string[];
  changelog: readonly ChangelogEntry[];
  /** The owner team's contact, when the team file names one. */
  contact?: string;
  /** This product's evaluated SLOs, when there are any. */
  slo?: readonly EvaluatedSlo[];
  /** The export's day: agreements are judged on it. */
  today: string;
}

/**
 * One schema-valid product shaped for the site: identity, ports with their tables and queries, SLOs as declared
 * with their evaluation when there is one (`no-data` otherwise), lineage both ways up to `lineageDepth`, compliance and
 * changelog.
 */
export function buildProductExport(node: ProductNode, ctx: ProductContext): ProductExport {
  const p = node.data as unknown as DataProduct;
  const { metadata: m, spec } = p;
  const walk = (direction: 'upstream' | 'downstream') =>
    walkLineage(ctx.graph, m.id, { direction, maxDepth: ctx.lineageDepth }).map((s) => ({ id: s.id, depth: s.depth }));
  const agreements = describeProductAgreements(ctx.graph, node, ctx.today);
  const consumers = [
    ...agreements
      .filter((a) => !a.consumerProduct && a.status !== 'ended')
      .map((a) => ({ team: a.team, purpose: a.purpose, until: a.end, ports: a.ports.map((x) => x.name), agreement: a.file })),
    ...(spec.access.consumers ?? []).map((c) => ({
      team: c.team,
      ...(c.purpose ? { purpose: c.purpose } : {}),
      ...(c.until ? { until: c.until } : {}),
      ...(c.ports ? { ports: c.ports } : {}),
    })),
  ];
  return {
    id: m.id,
    name: m.name,
    domain: m.domain,
    address: addressProduct(ctx.addressPrefix, m.id, m.domain),
    archetype: m.archetype,
    lifecycle: m.lifecycle,
    version: m.version,
    owner: m.owner,
    productOwner: m.productOwner,
    tags: m.tags ?? [],
    classification: spec.access.classification,
    description: spec.description,
    ...(spec.purpose ? { purpose: spec.purpose } : {}),
    ...(spec.limitations ? { limitations: spec.limitations } : {}),
    ...(ctx.contact ? { contact: ctx.contact } : {}),
    file: node.file,
    ports: spec.outputPorts.map((port) => buildPortExport(m.id, m.domain, port, ctx.slo ?? [])),
    inputs: spec.inputPorts.map((i) => ({ name: i.name, ...i.source })),
    consumers,
    consumerCount: (ctx.graph.downstreamEdges.get(m.id)?.length ?? 0) + consumers.length,
    agreements,
    upstream: walk('upstream'),
    downstream: walk('downstream'),
    compliance: ctx.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message })),
    waivers: [...ctx.waivers],
    changelog: [...ctx.changelog],
    manifest: node.data,
  };
}

function buildPortExport(productId: string, domain: string, port: OutputPort, slo: readonly EvaluatedSlo[]): PortExport {
  const table = namePortTable(productId, domain, port.name);
  return {
    name: port.name,
    kind: port.kind,
    ...(port.description ? { description: port.description } : {}),
    columns: port.schema,
    primaryKey: port.primaryKey ?? [],
    ...(port.retention ? { retention: port.retention } : {}),
    slos: port.slos.map((s) => attachSloStatus(s, port.name, slo)),
    quality: port.quality ?? [],
    table: { ...table, sql: writeQuerySnippet(table, port.schema) },
    ...(port.deprecated ? { deprecated: port.deprecated } : {}),
  };
}

function attachSloStatus(slo: Slo, port: string, statuses: readonly EvaluatedSlo[]): SloExport {
  const s = statuses.find((x) => x.port === port && x.slo === slo.name);
  if (!s) return { ...slo, state: 'no-data' };
  const status = { since: s.since, threshold: s.threshold, burnRates: s.burnRates, severity: s.severity, evaluatedAt: s.evaluatedAt };
  return {
    ...slo,
    state: s.state,
    status: {
      ...status,
      ...(s.current ? { current: s.current } : {}),
      ...(s.attainment !== undefined ? { attainment: s.attainment } : {}),
      ...(s.budgetRemaining !== undefined ? { budgetRemaining: s.budgetRemaining } : {}),
    },
    ...(s.history ? { history: s.history } : {}),
  };
}
