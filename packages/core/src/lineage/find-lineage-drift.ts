import type { MeshGraph } from '../graph/build-mesh-graph.js';
import type { ProductNode } from '../catalog/catalog-index.js';
import type { Finding } from '../model/finding.js';
import { findingAt } from '../model/finding-at.js';
import { nameSchema, nameTable } from '../platform/name-platform-objects.js';
import { indexDatasets, type ObservedLineage, type ObservedRun } from './observe-runtime-lineage.js';

/** How far back a declared input must have been read to count as used. */
export interface DriftOptions {
  now: string;
  /** Days within which a product's runs must read a declared input (default 14). */
  staleDays?: number;
}

/** What one product's runs did that its manifest does not say (the policy input's `runtime`). */
export interface ProductDrift {
  productId: string;
  lastRun: ObservedRun;
  /** Another product's port a run read that no input port declares. */
  undeclaredInputs: { dataset: string; product: string; port: string; run: ObservedRun }[];
  /** A declared input (by input port name) none of the product's runs read within the days judged. */
  staleInputs: { input: string; product: string; port: string; lastRead: ObservedRun | null }[];
  /** A table in the product's namespace a run wrote that no output port declares. */
  undeclaredOutputs: { dataset: string; run: ObservedRun }[];
}

/** The drift of the whole mesh: per product with observations, and datasets read that the catalog does not know. */
export interface LineageDrift {
  products: Map<string, ProductDrift>;
  unknownDatasets: string[];
}

const DAY_MS = 86_400_000;

/**
 * Compares what products declare with what their runs were observed doing: a dataset a product's run read that no
 * input port declares (undeclared dependency), a declared input none of its runs read within `staleDays` (stale
 * declaration; only for products with a run in that time, so a product without events is not judged), and a dataset
 * its run wrote that no output port declares. Inputs from declared source systems are not drift. Pure.
 */
export function measureLineageDrift(graph: MeshGraph, observed: ObservedLineage, options: DriftOptions): LineageDrift {
  const datasets = indexDatasets(graph);
  const since = new Date(Date.parse(options.now) - (options.staleDays ?? 14) * DAY_MS).toISOString();
  const products = new Map<string, ProductDrift>();
  const unknown = new Set<string>();
  for (const [id, seen] of Object.entries(observed.products)) {
    const node = graph.nodes.get(id);
    if (!node) continue;
    const declared = new Set(node.inputs.filter((i) => i.product && i.port).map((i) => `${i.product}/${i.port}`));
    const systems = new Set(node.inputs.flatMap((i) => (i.system ? [i.system] : [])));
    const drift: ProductDrift = { productId: id, lastRun: seen.lastRun, undeclaredInputs: [], staleInputs: [], undeclaredOutputs: [] };
    const lastRead = new Map<string, ObservedRun>();
    for (const name of Object.keys(seen.reads).sort()) {
      const run = seen.reads[name] as ObservedRun;
      const ref = datasets.get(name);
      if (!ref) {
        if (!systems.has(name) && !systems.has(name.split('.')[0] ?? '')) unknown.add(name);
        continue;
      }
      const key = `${ref.product}/${ref.port}`;
      if (!lastRead.has(key) || (lastRead.get(key) as ObservedRun).time < run.time) lastRead.set(key, run);
      if (ref.product === id || declared.has(key) || drift.undeclaredInputs.some((u) => `${u.product}/${u.port}` === key)) continue;
      drift.undeclaredInputs.push({ dataset: name, product: ref.product, port: ref.port, run });
    }
    for (const name of Object.keys(seen.writes).sort()) {
      if (datasets.has(name) || !ownsName(node, name)) continue;
      drift.undeclaredOutputs.push({ dataset: name, run: seen.writes[name] as ObservedRun });
    }
    if (seen.lastRun.time >= since) {
      for (const input of node.inputs) {
        if (!input.product || !input.port) continue;
        const read = lastRead.get(`${input.product}/${input.port}`);
        if (read && read.time >= since) continue;
        drift.staleInputs.push({ input: input.name, product: input.product, port: input.port, lastRead: read ?? null });
      }
    }
    products.set(id, drift);
  }
  return { products, unknownDatasets: [...unknown].sort() };
}

/** Whether a product's drift has anything to say. */
export function hasDrift(d: ProductDrift): boolean {
  return d.undeclaredInputs.length + d.staleInputs.length + d.undeclaredOutputs.length > 0;
}

/**
 * The drift as warnings on the manifests' lines with the run as evidence (job, run id, time), plus a notice naming
 * datasets read at run time that the catalog does not know. `only` limits the findings to some products (a pull
 * request's).
 */
export function findLineageDrift(graph: MeshGraph, observed: ObservedLineage, options: DriftOptions & { only?: ReadonlySet<string> }): Finding[] {
  const drift = measureLineageDrift(graph, observed, options);
  const days = options.staleDays ?? 14;
  const findings: Finding[] = [];
  for (const d of drift.products.values()) {
    if (options.only && !options.only.has(d.productId)) continue;
    const node = graph.nodes.get(d.productId) as ProductNode;
    for (const u of d.undeclaredInputs)
      findings.push(
        findingAt(
          node.doc,
          '/spec/inputPorts',
          {
            ruleId: 'lineage.undeclared-input',
            severity: 'warning',
            productId: d.productId,
            message: `Run ${u.run.runId} of job \`${u.run.job}\` (${u.run.time}) read \`${u.dataset}\`, port \`${u.port}\` of \`${u.product}\`, but no input port declares it.`,
            hint: `Declare an input port with source { product: ${u.product}, port: ${u.port} }, or stop reading it: undeclared dependencies break without warning when the provider changes.`,
          },
          'key',
        ),
      );
    for (const u of d.undeclaredOutputs)
      findings.push(
        findingAt(
          node.doc,
          '/spec/outputPorts',
          {
            ruleId: 'lineage.undeclared-output',
            severity: 'warning',
            productId: d.productId,
            message: `Run ${u.run.runId} of job \`${u.run.job}\` (${u.run.time}) wrote \`${u.dataset}\`, which no output port of \`${d.productId}\` declares.`,
            hint: 'Declare the dataset as an output port (with its schema and SLOs), or stop writing it: consumers cannot discover or rely on it.',
          },
          'key',
        ),
      );
    for (const s of d.staleInputs) {
      const index = node.inputs.find((i) => i.name === s.input)?.index ?? 0;
      const last = s.lastRead ? `last read by run ${s.lastRead.runId} on ${s.lastRead.time}` : 'never read in what was observed';
      findings.push(
        findingAt(node.doc, `/spec/inputPorts/${index}`, {
          ruleId: 'lineage.stale-input',
          severity: 'warning',
          productId: d.productId,
          message: `Input port \`${s.input}\` declares \`${s.product}/${s.port}\`, but no run of \`${d.productId}\` in the last ${days} days read it (latest run ${d.lastRun.runId} on ${d.lastRun.time}; ${last}).`,
          hint: 'Remove the input port if the product no longer reads it, so lineage, impact analysis and access stay true.',
        }),
      );
    }
  }
  if (drift.unknownDatasets.length > 0 && !options.only) {
    const some = drift.unknownDatasets
      .slice(0, 5)
      .map((n) => `\`${n}\``)
      .join(', ');
    findings.push({
      ruleId: 'lineage.unknown-dataset',
      severity: 'notice',
      message: `${drift.unknownDatasets.length} datasets read at run time are no port of the catalog and no declared source system: ${some}${drift.unknownDatasets.length > 5 ? ', …' : ''}.`,
    });
  }
  return findings;
}

/** Whether a dataset name lies in what the product provisions: its domain's schema and its tables' prefix. */
function ownsName(node: ProductNode, name: string): boolean {
  if (name.startsWith(`${node.id}/`)) return true;
  if (!node.domain) return false;
  return name.startsWith(`${nameSchema(node.domain)}.${nameTable(node.id, '')}`);
}
