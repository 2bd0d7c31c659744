import type { MeshGraph } from '../graph/build-mesh-graph.js';
import type { ProductNode } from '../catalog/catalog-index.js';
import { nameDataset } from '../platform/name-platform-objects.js';

/** Which products the demo's runs drift in, one of each kind (undefined when the mesh has no candidate). */
export interface DemoDrift {
  /** The product whose runs also read a port it does not declare (an internal or public one: a warning, not an error). */
  undeclaredInput?: { product: string; reads: string; port: string };
  /** The product whose runs stopped reading one of its declared inputs. */
  staleInput?: { product: string; input: string };
  /** The product whose runs also write a scratch table no port declares. */
  undeclaredOutput?: { product: string; dataset: string };
}

const DAY_MS = 86_400_000;
const rec = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * The demo's OpenLineage run events: one daily run per product with declared product inputs over the `days` days
 * before `now` (START and COMPLETE), reading the tables its input ports declare and writing its output ports' tables,
 * with one drift of each kind scripted (see {@link DemoDrift}), so `mesh lineage drift`, the policies' input.runtime
 * and the site have something to show. Deterministic for the catalog and the clock.
 */
export function buildDemoLineageEvents(graph: MeshGraph, now: string, days = 3): { lines: string[]; drift: DemoDrift } {
  const products = [...graph.nodes.values()].filter((p) => p.valid && p.domain).sort((a, b) => a.id.localeCompare(b.id));
  const readers = products.filter((p) => p.inputs.some((i) => i.product && i.port && graph.nodes.get(i.product)?.domain));
  const drift = chooseDrift(products, readers);
  const lines: string[] = [];
  const table = (id: string, port: string): string => nameDataset(graph.nodes.get(id)?.domain as string, id, port);
  for (let d = days; d >= 1; d--) {
    const day = new Date(Date.parse(now) - d * DAY_MS);
    readers.forEach((p, k) => {
      const start = new Date(day.getTime() + (k % 60) * 60_000).toISOString();
      const end = new Date(day.getTime() + (k % 60) * 60_000 + 20 * 60_000).toISOString();
      const inputs = p.inputs
        .filter((i) => i.product && i.port && graph.nodes.get(i.product)?.domain && !(drift.staleInput?.product === p.id && drift.staleInput.input === i.name))
        .map((i) => table(i.product as string, i.port as string));
      if (drift.undeclaredInput?.product === p.id) inputs.push(table(drift.undeclaredInput.reads, drift.undeclaredInput.port));
      const outputs = p.outputs.map((o) => table(p.id, o.name));
      if (drift.undeclaredOutput?.product === p.id) outputs.push(drift.undeclaredOutput.dataset);
      const runId = `demo-${p.id}-${day.toISOString().slice(0, 10)}`;
      const event = (eventType: string, eventTime: string) =>
        JSON.stringify({
          eventType,
          eventTime,
          producer: 'https://github.com/meshplane/meshplane/demo',
          schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
          run: { runId },
          job: { namespace: 'meshplane-demo', name: `${p.id}/daily` },
          inputs: inputs.map((name) => ({ namespace: 'duckdb://mesh', name })),
          outputs: outputs.map((name) => ({ namespace: 'duckdb://mesh', name })),
        });
      lines.push(event('START', start), event('COMPLETE', end));
    });
  }
  return { lines, drift };
}

function chooseDrift(products: readonly ProductNode[], readers: readonly ProductNode[]): DemoDrift {
  const drift: DemoDrift = {};
  const open = products.filter((p) => ['public', 'internal'].includes(String(rec(rec(p.data.spec).access).classification)) && p.outputs.length > 0);
  const reader = readers.find((r) => open.some((o) => o.id !== r.id && !r.inputs.some((i) => i.product === o.id)));
  const provider = reader && open.find((o) => o.id !== reader.id && !reader.inputs.some((i) => i.product === o.id));
  if (reader && provider) drift.undeclaredInput = { product: reader.id, reads: provider.id, port: (provider.outputs[0] as { name: string }).name };
  const stale = readers.find((r) => r.id !== reader?.id && r.inputs.filter((i) => i.product && i.port).length >= 2);
  const input = stale?.inputs.filter((i) => i.product && i.port).at(-1);
  if (stale && input) drift.staleInput = { product: stale.id, input: input.name };
  const writer = readers.find((r) => r.id !== reader?.id && r.id !== stale?.id && r.outputs.length > 0);
  if (writer) drift.undeclaredOutput = { product: writer.id, dataset: nameDataset(writer.domain as string, writer.id, 'scratch') };
  return drift;
}
