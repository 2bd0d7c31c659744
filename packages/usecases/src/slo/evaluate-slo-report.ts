import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { evaluateSlos, exportSloReport, findObservationHorizon, readSloSpecs, type MeshSloReport } from '@meshplane/core';
import type { ObservationStore } from '@meshplane/platform';
import { checkRepository, type Repository } from '../repository/resolve-repository.js';
import { UsageError } from '../usage-error.js';
import { SLO_EXPORT, withObservationStore } from './observation-store-at.js';

/** Evaluates every SLO of the catalog from the stored observations (without remembering the result). */
export async function evaluateSloReport(repo: Repository, store: ObservationStore, now: string): Promise<MeshSloReport> {
  const check = checkRepository(repo);
  const specs = readSloSpecs(check.index, check.graph);
  const since = findObservationHorizon(
    specs.map((s) => s.windowHours),
    now,
  );
  return evaluateSlos(specs, await store.readSeries(since), await store.readMemory(), { now });
}

/** The SLO statuses now, of every product or of one (`mesh slo status`); nothing is written. */
export async function readSloStatus(repo: Repository, options: { now: string; product?: string }): Promise<MeshSloReport> {
  const report = await withObservationStore(repo, (store) => evaluateSloReport(repo, store, options.now));
  if (!options.product) return report;
  const statuses = report.statuses.filter((s) => s.productId === options.product);
  if (statuses.length === 0) throw new UsageError(`No SLOs for product \`${options.product}\`.`);
  return { ...report, statuses };
}

/**
 * `mesh slo evaluate`: evaluates every SLO, remembers the states (a new state must hold twice before it shows) and
 * writes the status export the site and the issue sync read (default `.meshplane/slo-status.json`).
 */
export async function writeSloStatus(repo: Repository, options: { now: string; out?: string }): Promise<{ report: MeshSloReport; out: string }> {
  return withObservationStore(repo, async (store) => {
    const report = await evaluateSloReport(repo, store, options.now);
    await store.writeMemory(report.memory);
    const out = resolve(repo.root, options.out ?? SLO_EXPORT);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(exportSloReport(report), null, 2) + '\n');
    return { report, out: options.out ?? SLO_EXPORT };
  });
}

/** Writes every stored observation to a Parquet file for analysts; returns how many. */
export async function exportObservations(repo: Repository, file: string): Promise<number> {
  if (!file.endsWith('.parquet')) throw new UsageError('Usage: mesh slo export <file.parquet> (every stored observation, for analysts).');
  const target = resolve(file);
  mkdirSync(dirname(target), { recursive: true });
  return withObservationStore(repo, (store) => store.exportParquet(target));
}
