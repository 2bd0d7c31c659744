import type { MeshGraph } from '../graph/build-mesh-graph.js';
import type { ProductNode } from '../catalog/catalog-index.js';
import { nameDataset } from '../platform/name-platform-objects.js';
import type { RuntimeRun } from './read-runtime-runs.js';

/** One run as evidence: which run of which job, and when it completed. */
export interface ObservedRun {
  runId: string;
  job: string;
  time: string;
}

/** What a product's runs were seen doing: the latest run, and per dataset the latest run that read or wrote it. */
export interface ObservedProduct {
  lastRun: ObservedRun;
  reads: Record<string, ObservedRun>;
  writes: Record<string, ObservedRun>;
}

/**
 * The observed lineage: what each product's runs read and wrote, merged over every ingestion (`mesh lineage drift`
 * keeps it in `.meshplane/lineage-observed.json`, the slo-monitor action on the data branch). Drift is judged from it
 * against whichever catalog is checked, so a pull request that declares a missing input clears its drift at once.
 */
export interface ObservedLineage {
  version: 1;
  /** The newest run time observed, ISO; empty when nothing was observed. */
  updatedAt: string;
  products: Record<string, ObservedProduct>;
}

/** Observations older than this (days before the newest run) are dropped when merging, so the file stays bounded. */
export const RETAIN_OBSERVED_DAYS = 90;

/** An empty observed lineage. */
export function emptyObservedLineage(): ObservedLineage {
  return { version: 1, updatedAt: '', products: {} };
}

/** A port a dataset name stands for: a provisioned `schema.table` or `<productId>/<port>`. */
export interface PortRef {
  product: string;
  port: string;
}

const rec = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const later = (a: ObservedRun | undefined, b: ObservedRun): ObservedRun => (a && a.time >= b.time ? a : b);

/** Every name a port of the catalog goes by at run time, to the port. */
export function indexDatasets(graph: MeshGraph): Map<string, PortRef> {
  const out = new Map<string, PortRef>();
  for (const p of graph.nodes.values()) {
    for (const port of list(rec(p.data.spec).outputPorts).map(rec)) {
      const name = typeof port.name === 'string' ? port.name : undefined;
      if (!name) continue;
      out.set(`${p.id}/${name}`, { product: p.id, port: name });
      if (p.domain) out.set(nameDataset(p.domain, p.id, name), { product: p.id, port: name });
    }
  }
  return out;
}

/**
 * A run's product: the one its job is named by (`<id>`, `<id>/<task>`, `<id>:<task>`), or else the one product all the
 * ports it writes belong to.
 */
function ownerOf(run: RuntimeRun, graph: MeshGraph, datasets: Map<string, PortRef>): ProductNode | undefined {
  const byName = graph.nodes.get(run.jobName) ?? graph.nodes.get(run.jobName.split(/[/:]/)[0] ?? '');
  if (byName) return byName;
  const writers = new Set(run.outputs.flatMap((n) => datasets.get(n)?.product ?? []));
  return writers.size === 1 ? graph.nodes.get([...writers][0] as string) : undefined;
}

/**
 * Adds completed runs to an observed lineage (a new object; `into` is not changed), each under the product it belongs
 * to, and drops what is older than {@link RETAIN_OBSERVED_DAYS} before the newest run. Merging the same runs twice
 * changes nothing. Returns how many runs belong to no product.
 */
export function observeRuntimeLineage(
  into: ObservedLineage,
  graph: MeshGraph,
  runs: readonly RuntimeRun[],
): { observed: ObservedLineage; unknownJobs: number } {
  const products: Record<string, ObservedProduct> = {};
  for (const [id, p] of Object.entries(into.products)) products[id] = { lastRun: p.lastRun, reads: { ...p.reads }, writes: { ...p.writes } };
  const datasets = indexDatasets(graph);
  let unknownJobs = 0;
  let updatedAt = into.updatedAt;
  for (const run of runs) {
    const owner = ownerOf(run, graph, datasets);
    if (!owner) {
      unknownJobs += 1;
      continue;
    }
    const evidence: ObservedRun = { runId: run.runId, job: run.job, time: run.time };
    const p = (products[owner.id] ??= { lastRun: evidence, reads: {}, writes: {} });
    p.lastRun = later(p.lastRun, evidence);
    for (const name of run.inputs) p.reads[name] = later(p.reads[name], evidence);
    for (const name of run.outputs) p.writes[name] = later(p.writes[name], evidence);
    if (run.time > updatedAt) updatedAt = run.time;
  }
  return { observed: pruneObserved({ version: 1, updatedAt, products }), unknownJobs };
}

/**
 * Two observed lineages as one (what two runs kept, e.g. this run's and the data branch's after another run pushed):
 * per product and dataset the latest run. Merging is commutative and merging a lineage with itself changes nothing.
 */
export function mergeObservedLineage(a: ObservedLineage, b: ObservedLineage): ObservedLineage {
  const products: Record<string, ObservedProduct> = {};
  const union = (x: Record<string, ObservedRun>, y: Record<string, ObservedRun>): Record<string, ObservedRun> => {
    const out = { ...x };
    for (const [k, r] of Object.entries(y)) out[k] = later(out[k], r);
    return out;
  };
  for (const id of new Set([...Object.keys(a.products), ...Object.keys(b.products)])) {
    const x = a.products[id];
    const y = b.products[id];
    products[id] =
      x && y ? { lastRun: later(x.lastRun, y.lastRun), reads: union(x.reads, y.reads), writes: union(x.writes, y.writes) } : ((x ?? y) as ObservedProduct);
  }
  return pruneObserved({ version: 1, updatedAt: a.updatedAt > b.updatedAt ? a.updatedAt : b.updatedAt, products });
}

function pruneObserved(o: ObservedLineage): ObservedLineage {
  if (!o.updatedAt) return o;
  const oldest = new Date(Date.parse(o.updatedAt) - RETAIN_OBSERVED_DAYS * 86_400_000).toISOString();
  const keep = (m: Record<string, ObservedRun>): Record<string, ObservedRun> => Object.fromEntries(Object.entries(m).filter(([, r]) => r.time >= oldest));
  const products: Record<string, ObservedProduct> = {};
  for (const id of Object.keys(o.products).sort()) {
    const p = o.products[id] as ObservedProduct;
    if (p.lastRun.time < oldest) continue;
    products[id] = { lastRun: p.lastRun, reads: keep(p.reads), writes: keep(p.writes) };
  }
  return { ...o, products };
}

/** The observed lineage as its file holds it: JSON, products sorted, so equal lineages are equal text. */
export function renderObservedLineage(o: ObservedLineage): string {
  const sorted = (m: Record<string, ObservedRun>) =>
    Object.fromEntries(
      Object.keys(m)
        .sort()
        .map((k) => [k, m[k]]),
    );
  const products = Object.fromEntries(
    Object.keys(o.products)
      .sort()
      .map((id) => {
        const p = o.products[id] as ObservedProduct;
        return [id, { lastRun: p.lastRun, reads: sorted(p.reads), writes: sorted(p.writes) }];
      }),
  );
  return `${JSON.stringify({ version: 1, updatedAt: o.updatedAt, products }, null, 1)}\n`;
}

/**
 * Reads an observed lineage from its JSON text, keeping only well-formed entries (a hand-edited or truncated file
 * never crashes a check); says why when the text is not an observed lineage at all.
 */
export function readObservedLineage(text: string): { observed: ObservedLineage } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: `not JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  const v = rec(value);
  if (v.version !== 1 || typeof v.updatedAt !== 'string') return { error: 'not an observed lineage (version 1 with updatedAt and products is expected)' };
  const readRun = (x: unknown): ObservedRun | undefined => {
    const r = rec(x);
    return typeof r.runId === 'string' && typeof r.job === 'string' && typeof r.time === 'string' && !Number.isNaN(Date.parse(r.time))
      ? { runId: r.runId, job: r.job, time: r.time }
      : undefined;
  };
  const readRuns = (x: unknown): Record<string, ObservedRun> =>
    Object.fromEntries(Object.entries(rec(x)).flatMap(([name, r]) => (readRun(r) ? [[name, readRun(r) as ObservedRun]] : [])));
  const products: Record<string, ObservedProduct> = {};
  for (const [id, raw] of Object.entries(rec(v.products))) {
    const lastRun = readRun(rec(raw).lastRun);
    if (lastRun) products[id] = { lastRun, reads: readRuns(rec(raw).reads), writes: readRuns(rec(raw).writes) };
  }
  return { observed: { version: 1, updatedAt: v.updatedAt, products } };
}
