/**
 * Runtime lineage drift at mesh scale for the bench: 100 000 OpenLineage COMPLETE events over a generated mesh (each
 * product's runs read its declared inputs, one in 50 runs an undeclared port, one in 100 writes an undeclared table),
 * judged by the use case `mesh lineage drift` runs: reading the events, the catalog (parse index warm) and the drift.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nameSchema, nameTable } from '@meshplane/core';
import { checkRepository, reportLineageDrift, resolveRepository } from '@meshplane/usecases';
import type { BenchMesh } from './bench-ours.js';
import { summarizeRuns } from './measure-process.js';
import type { BenchRow } from './render-bench-table.js';

const EVENTS = 100_000;

/** Writes the events file for the mesh; returns its path and how many drift findings the events must produce at least. */
function writeEvents(mesh: BenchMesh, dir: string, now: string): string {
  const { graph } = checkRepository(resolveRepository(mesh.dir));
  const products = [...graph.nodes.values()];
  const ports = products.flatMap((p) => p.outputs.map((o) => ({ product: p, port: o.name })));
  const dataset = (id: string, domain: string, port: string): string => `${nameSchema(domain)}.${nameTable(id, port)}`;
  const lines: string[] = [];
  for (let i = 0; i < EVENTS; i++) {
    const p = products[i % products.length];
    if (!p?.domain) continue;
    const inputs = p.inputs.filter((x) => x.product && x.port).map((x) => `${x.product}/${x.port}`);
    if (i % 50 === 0) {
      const other = ports[(i * 7) % ports.length];
      if (other?.product.domain) inputs.push(dataset(other.product.id, other.product.domain, other.port));
    }
    const outputs = p.outputs.map((o) => dataset(p.id, p.domain as string, o.name));
    if (i % 100 === 0) outputs.push(dataset(p.id, p.domain, 'scratch'));
    const time = new Date(Date.parse(now) - ((i % 240) + 1) * 3_600_000).toISOString();
    lines.push(
      JSON.stringify({
        eventType: 'COMPLETE',
        eventTime: time,
        run: { runId: `run-${i}` },
        job: { namespace: 'bench', name: p.id },
        inputs: inputs.map((name) => ({ namespace: 'bench', name })),
        outputs: outputs.map((name) => ({ namespace: 'bench', name })),
      }),
    );
  }
  const file = join(dir, 'events.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** Times `mesh lineage drift`'s use case over 100 000 events (median of `mesh.runs`). */
export function measureLineageDrift(mesh: BenchMesh): BenchRow {
  const measure = `lineage drift, ${EVENTS.toLocaleString('en-US')} OpenLineage events (mesh lineage drift)`;
  const why = mesh.overBudget();
  if (why) return { measure, products: mesh.products, result: { notRun: why }, notes: '' };
  const dir = mkdtempSync(join(tmpdir(), 'meshplane-bench-drift-'));
  const now = new Date().toISOString();
  try {
    const file = writeEvents(mesh, dir, now);
    const repo = resolveRepository(mesh.dir);
    let found = 0;
    const samples = Array.from({ length: mesh.runs }, () => {
      const t = performance.now();
      const report = reportLineageDrift(repo, { events: [file], now, state: false });
      const ms = performance.now() - t;
      found = report.findings.filter((f) => f.ruleId.startsWith('lineage.undeclared')).length;
      return { ms, peakRssMiB: process.memoryUsage().rss / 1024 / 1024 };
    });
    return {
      measure,
      products: mesh.products,
      result: summarizeRuns(samples),
      notes: `in process, parse index warm; ${found.toLocaleString('en-US')} undeclared inputs and outputs found`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
