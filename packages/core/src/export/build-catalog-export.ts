import type { CatalogCheck } from '../check/check-catalog.js';
import type { NamedEntry } from '../catalog/catalog-index.js';
import type { Finding } from '../model/finding.js';
import type { PolicyRule } from '../policy/policy-types.js';
import { buildProductExport } from './build-product-export.js';
import { rankProductsByConsumers } from './rank-products.js';
import type { CatalogExport, ChangelogEntry, GroupExport, RuleExport, WaiverExport } from './export-types.js';
import type { SloStatus } from '../slo/slo-types.js';
import type { DailySlices } from '../slo/evaluate-slo.js';
import type { ScorecardConfig } from '../model/generated/types.js';
import { scoreProducts } from '../scorecard/score-products.js';
import { measureLineageDrift, type ProductDrift } from '../lineage/find-lineage-drift.js';
import type { ObservedLineage } from '../lineage/observe-runtime-lineage.js';
import { describeRuntime } from '../policy/build-policy-inputs.js';
import { isAgreementActive, type AgreementNode } from '../agreement/read-agreement-node.js';
import type { LineageEdge } from '../graph/build-mesh-graph.js';

export interface ExportOptions {
  /** The check's findings after policies and waivers (`mesh check`'s report). */
  findings: readonly Finding[];
  rules: readonly PolicyRule[];
  /** Manifest path → its commits, newest first. */
  history: ReadonlyMap<string, readonly ChangelogEntry[]>;
  today: string;
  addressPrefix?: string;
  /** Lineage steps shown each way on a product page. Default 2. */
  lineageDepth?: number;
  /** SLO statuses with history (`mesh slo evaluate`'s export), when SLOs have been evaluated. */
  slo?: SloReportExport;
  /** The config's weights and levels of the scorecards. */
  scorecard?: ScorecardConfig;
  /** What runs were observed doing (`mesh lineage drift`'s observed lineage): drift on product pages and edges. */
  observed?: ObservedLineage;
}

/** What `mesh slo evaluate` writes: statuses with daily history, by product. */
export interface SloReportExport {
  evaluatedAt: string;
  products: Record<string, { statuses: (SloStatus & { history?: DailySlices[] })[] }>;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const rec = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

/**
 * Shapes a checked catalog for the site: every schema-valid product (invalid ones are counted in `skipped`, since a
 * page cannot be trusted to render them), domains and teams with their products, the lineage, rules and waivers.
 *
 * @example
 * const site = buildCatalogExport(checkCatalog(source, opts), { findings: report.findings, rules, history, today: '2026-11-22' });
 * site.counts.consumerLinks; // lineage edges + declared consumer teams
 */
export function buildCatalogExport(check: CatalogCheck, options: ExportOptions): CatalogExport {
  const { index, graph } = check;
  const lineageDepth = options.lineageDepth ?? 2;
  const valid = [...graph.nodes.values()].filter((n) => n.valid).sort((a, b) => a.id.localeCompare(b.id));
  const waivers = index.waivers.filter((w) => w.valid).map((w) => readWaiver(w, options.today));
  const contacts = new Map(index.teams.filter((t) => t.valid).map((t) => [t.name, str(rec(t.data.spec).contact)]));
  const drift = options.observed
    ? measureLineageDrift(graph, options.observed, { now: `${options.today}T23:59:59.999Z` }).products
    : new Map<string, ProductDrift>();
  const products = valid.map((node) => {
    const contact = node.owner ? contacts.get(node.owner) : undefined;
    const runtime = drift.get(node.id);
    const product = buildProductExport(node, {
      graph,
      addressPrefix: options.addressPrefix ?? 'dp://',
      lineageDepth,
      findings: options.findings.filter((f) => f.productId === node.id && !f.ruleId.startsWith('waiver.')),
      waivers: waivers.filter((w) => w.product === node.id).map((w) => w.name),
      changelog: options.history.get(node.file) ?? [],
      ...(contact ? { contact } : {}),
      slo: options.slo?.products[node.id]?.statuses ?? [],
      today: options.today,
    });
    return runtime ? { ...product, runtime: describeRuntime(runtime) } : product;
  });
  const shown = new Set(products.map((p) => p.id));
  const edges = graph.edges
    .filter((e) => shown.has(e.producer) && shown.has(e.consumer))
    .map((e) => {
      const agreement = findCoveringAgreement(graph, e, options.today);
      const covered = agreement ? { ...e, agreement: agreement.file } : e;
      const d = drift.get(e.consumer);
      if (!d) return covered;
      return { ...covered, runtime: d.staleInputs.some((s) => s.input === e.inputPort) ? ('not-seen' as const) : ('observed' as const) };
    });
  const undeclaredEdges = [...drift.values()].flatMap((d) =>
    d.undeclaredInputs
      .filter((u) => shown.has(u.product) && shown.has(d.productId))
      .map((u) => ({ producer: u.product, port: u.port, consumer: d.productId, runId: u.run.runId, time: u.run.time })),
  );
  const declaredConsumers = products.reduce((n, p) => n + p.consumers.length, 0);
  const ownedBy = (key: 'domain' | 'owner', name: string): string[] => products.filter((p) => p[key] === name).map((p) => p.id);
  const group = (e: NamedEntry, key: 'domain' | 'owner'): GroupExport => readGroup(e, ownedBy(key, e.name));
  return {
    generatedOn: options.today,
    lineageDepth,
    counts: {
      products: products.length,
      domains: index.domains.length,
      teams: index.teams.length,
      edges: edges.length,
      declaredConsumers,
      consumerLinks: edges.length + declaredConsumers,
      skipped: graph.nodes.size - products.length,
    },
    products,
    ranking: rankProductsByConsumers(products).map((p) => p.id),
    domains: index.domains.filter((d) => d.valid).map((d) => group(d, 'domain')),
    teams: index.teams.filter((t) => t.valid).map((t) => group(t, 'owner')),
    edges,
    undeclaredEdges,
    rules: options.rules.map((r) => readRule(r, options.findings)),
    waivers,
    scorecards: scoreProducts(index, options.scorecard, {
      only: shown,
      findings: options.findings,
      ...(options.slo ? { slo: Object.values(options.slo.products).flatMap((p) => p.statuses) } : {}),
    }).map((c) => ({
      productId: c.productId,
      domain: c.domain,
      score: c.score,
      ...(c.level ? { level: c.level } : {}),
      attributes: c.attributes,
      failed: c.checks.filter((x) => !x.passed && !x.unknown).map(({ attribute, id, evidence }) => ({ attribute, id, evidence })),
      unknown: c.checks.filter((x) => x.unknown).map(({ attribute, id, evidence }) => ({ attribute, id, evidence })),
    })),
  };
}

function readGroup(e: NamedEntry, products: string[]): GroupExport {
  const meta = rec(e.data.metadata);
  const spec = rec(e.data.spec);
  const members = Array.isArray(spec.members) ? spec.members.filter((m): m is string => typeof m === 'string') : undefined;
  const out: GroupExport = { name: e.name, title: str(meta.title) ?? e.name, products };
  for (const [key, value] of [
    ['description', str(spec.description)],
    ['owner', str(spec.owner)],
    ['contact', str(spec.contact)],
  ] as const)
    if (value) out[key] = value;
  if (members) out.members = members;
  return out;
}

function readWaiver(w: NamedEntry, today: string): WaiverExport {
  const s = rec(w.data.spec);
  const expires = str(s.expires) ?? '';
  return {
    name: w.name,
    rule: str(s.rule) ?? '',
    product: str(s.product) ?? '',
    reason: str(s.reason) ?? '',
    approvedBy: str(s.approvedBy) ?? '',
    expires,
    expired: expires < today,
  };
}

function readRule(r: PolicyRule, findings: readonly Finding[]): RuleExport {
  const mine = findings.filter((f) => f.ruleId === r.id);
  const products = (sev: (s: Finding['severity']) => boolean): number => new Set(mine.filter((f) => sev(f.severity)).map((f) => f.productId ?? '')).size;
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    severity: r.severity,
    scope: r.scope === 'domain' ? `domain ${r.domain ?? ''}` : 'global',
    ...(r.owner ? { owner: r.owner } : {}),
    ...(r.enforceFrom ? { enforceFrom: r.enforceFrom } : {}),
    file: r.file,
    failing: products((s) => s !== 'notice'),
    waived: products((s) => s === 'notice'),
  };
}

/** The agreement in force that covers a lineage edge: of the reading product's owner team, for it or any product, sharing the port. */
function findCoveringAgreement(graph: CatalogCheck['graph'], e: LineageEdge, today: string): AgreementNode | undefined {
  const team = graph.nodes.get(e.consumer)?.owner;
  return (graph.agreements.get(e.producer) ?? []).find(
    (a) => a.team === team && (a.consumerProduct ?? e.consumer) === e.consumer && a.ports.some((s) => s.name === e.port) && isAgreementActive(a, today),
  );
}
