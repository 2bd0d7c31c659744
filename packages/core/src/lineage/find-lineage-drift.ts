import type { MeshGraph } from '../graph/build-mesh-graph.js';
import type { ProductNode } from '../catalog/catalog-index.js';
import type { Finding } from '../model/finding.js';
import { findingAt } from '../model/finding-at.js';
import { nameDataset, nameSchema, nameTable } from '../platform/name-platform-objects.js';
import type { RuntimeRun } from './read-runtime-runs.js';

/** How far back a declared input must have been read to count as used. */
export interface DriftOptions {
  now: string;
  /** Days within which a product's runs must read a declared input (default 14). */
  staleDays?: number;
}

const DAY_MS = 86_400_000;
const rec = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A port as a dataset: the product and port a provisioned `schema.table` or a `<productId>/<port>` name stands for. */
interface PortRef {
  product: string;
  port: string;
}

/**
 * Compares what products declare with what their runs did: a dataset a product's run read that no input port
 * declares (undeclared dependency), a declared input none of its runs read within `staleDays` (stale declaration; only
 * for products with runs in that time, so a product without events is not judged), and a dataset its run wrote that
 * no output port declares. Each is a warning on the manifest's line with the run as evidence (job, run id, time). A
 * run is a product's when its job is named by the product id (`<id>`, `<id>/<task>`, `<id>:<task>`), or else when all
 * the ports it writes are one product's; other runs, and datasets the catalog does not know, are notices.
 */
export function findLineageDrift(graph: MeshGraph, runs: readonly RuntimeRun[], options: DriftOptions): Finding[] {
  const datasets = indexDatasets(graph);
  const findings: Finding[] = [];
  const runsOf = new Map<string, RuntimeRun[]>();
  let unknownJobs = 0;
  const unknownDatasets = new Set<string>();
  for (const run of runs) {
    const product = ownerOf(run, graph, datasets);
    if (!product) {
      unknownJobs += 1;
      continue;
    }
    runsOf.set(product.id, [...(runsOf.get(product.id) ?? []), run]);
  }
  const since = Date.parse(options.now) - (options.staleDays ?? 14) * DAY_MS;
  for (const [id, own] of runsOf) {
    const node = graph.nodes.get(id) as ProductNode;
    const declared = new Set(node.inputs.filter((i) => i.product && i.port).map((i) => `${i.product}/${i.port}`));
    const systems = new Set(node.inputs.flatMap((i) => (i.system ? [i.system] : [])));
    const read = new Map<string, RuntimeRun>();
    const reported = new Set<string>();
    for (const run of own) {
      for (const name of run.inputs) {
        const ref = datasets.get(name);
        if (!ref) {
          if (!systems.has(name) && !systems.has(name.split('.')[0] ?? '')) unknownDatasets.add(name);
          continue;
        }
        const key = `${ref.product}/${ref.port}`;
        if (Date.parse(run.time) >= since && !read.has(key)) read.set(key, run);
        if (ref.product === id || declared.has(key) || reported.has(key)) continue;
        reported.add(key);
        findings.push(
          findingAt(
            node.doc,
            '/spec/inputPorts',
            {
              ruleId: 'lineage.undeclared-input',
              severity: 'warning',
              productId: id,
              message: `Run ${run.runId} of job \`${run.job}\` (${run.time}) read \`${name}\`, port \`${ref.port}\` of \`${ref.product}\`, but no input port declares it.`,
              hint: `Declare an input port with source { product: ${ref.product}, port: ${ref.port} }, or stop reading it: undeclared dependencies break without warning when the provider changes.`,
            },
            'key',
          ),
        );
      }
      for (const name of run.outputs) {
        const ref = datasets.get(name);
        if (ref?.product === id) continue;
        if (ref || !ownsName(node, name) || reported.has(name)) continue;
        reported.add(name);
        findings.push(
          findingAt(
            node.doc,
            '/spec/outputPorts',
            {
              ruleId: 'lineage.undeclared-output',
              severity: 'warning',
              productId: id,
              message: `Run ${run.runId} of job \`${run.job}\` (${run.time}) wrote \`${name}\`, which no output port of \`${id}\` declares.`,
              hint: 'Declare the dataset as an output port (with its schema and SLOs), or stop writing it: consumers cannot discover or rely on it.',
            },
            'key',
          ),
        );
      }
    }
    if (!own.some((r) => Date.parse(r.time) >= since)) continue;
    for (const input of node.inputs) {
      const key = `${input.product}/${input.port}`;
      if (!input.product || !input.port || read.has(key)) continue;
      findings.push(
        findingAt(node.doc, `/spec/inputPorts/${input.index}`, {
          ruleId: 'lineage.stale-input',
          severity: 'warning',
          productId: id,
          message: `Input port \`${input.name}\` declares \`${key}\`, but none of the ${own.length} runs of \`${id}\` in the last ${options.staleDays ?? 14} days read it.`,
          hint: 'Remove the input port if the product no longer reads it, so lineage, impact analysis and access stay true.',
        }),
      );
    }
  }
  if (unknownJobs > 0)
    findings.push({
      ruleId: 'lineage.unknown-job',
      severity: 'notice',
      message: `${unknownJobs} runs belong to no product (their job is not named by a product id, and what they write is not one product's).`,
    });
  if (unknownDatasets.size > 0) {
    const some = [...unknownDatasets]
      .slice(0, 5)
      .map((n) => `\`${n}\``)
      .join(', ');
    findings.push({
      ruleId: 'lineage.unknown-dataset',
      severity: 'notice',
      message: `${unknownDatasets.size} datasets read at run time are no port of the catalog and no declared source system: ${some}${unknownDatasets.size > 5 ? ', …' : ''}.`,
    });
  }
  return findings;
}

function indexDatasets(graph: MeshGraph): Map<string, PortRef> {
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

function ownerOf(run: RuntimeRun, graph: MeshGraph, datasets: Map<string, PortRef>): ProductNode | undefined {
  const byName = graph.nodes.get(run.jobName) ?? graph.nodes.get(run.jobName.split(/[/:]/)[0] ?? '');
  if (byName) return byName;
  const writers = new Set(run.outputs.flatMap((n) => datasets.get(n)?.product ?? []));
  return writers.size === 1 ? graph.nodes.get([...writers][0] as string) : undefined;
}

/** Whether a dataset name lies in what the product provisions: its domain's schema and its tables' prefix. */
function ownsName(node: ProductNode, name: string): boolean {
  if (name.startsWith(`${node.id}/`)) return true;
  if (!node.domain) return false;
  return name.startsWith(`${nameSchema(node.domain)}.${nameTable(node.id, '')}`);
}
