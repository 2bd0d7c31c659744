import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  evaluateSlos,
  exportSloReport,
  parseObservationLines,
  parseOpenLineageEvents,
  readSloSpecs,
  renderSloText,
  renderText,
  sortFindings,
  type CheckReport,
  type Finding,
  type MeshSloReport,
} from '@meshplane/core';
import { measureSlos, openObservationStore, openPlatformDriver, type ObservationStore } from '@meshplane/platform';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkRepository, resolveRepository, type Repository } from '../resolve-repository.js';
import { UsageError } from '../usage-error.js';
import type { CommandOutcome } from './provision.js';

export interface SloOptions {
  root?: string;
  now: string;
  format: string;
  all?: boolean;
  out?: string;
}

/** Where observations are kept, relative to the repository root. */
export const OBSERVATION_STORE = '.meshplane/observations.duckdb';
/** The status export the catalog site reads. */
export const SLO_EXPORT = '.meshplane/slo-status.json';
const DAY = 86_400_000;

/** `mesh slo measure | ingest <file> | status [product] | evaluate | export <file.parquet>`. */
export async function runSlo(args: string[], options: SloOptions): Promise<CommandOutcome> {
  const [sub, arg] = args;
  const repo = resolveRepository(options.root);
  switch (sub) {
    case 'measure':
      return measure(repo, options);
    case 'ingest':
      if (!arg) throw new UsageError('Usage: mesh slo ingest <file.jsonl> (observations as JSON lines, or OpenLineage run events).');
      return ingest(repo, arg, options);
    case 'status':
      return withStore(repo, async (store) => {
        const report = await evaluate(repo, store, options.now);
        const statuses = arg ? report.statuses.filter((s) => s.productId === arg) : report.statuses;
        if (arg && statuses.length === 0) throw new UsageError(`No SLOs for product \`${arg}\`.`);
        const shown = { ...report, statuses };
        return {
          stdout: options.format === 'json' ? JSON.stringify(exportSloReport(shown), null, 2) + '\n' : renderSloText(shown, { all: options.all ?? false }),
          exitCode: 0,
        };
      });
    case 'evaluate':
      return withStore(repo, async (store) => {
        const report = await evaluate(repo, store, options.now);
        await store.writeMemory(report.memory);
        const out = resolve(repo.root, options.out ?? SLO_EXPORT);
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, JSON.stringify(exportSloReport(report), null, 2) + '\n');
        return { stdout: renderSloText(report, { all: options.all ?? false }) + `Wrote ${options.out ?? SLO_EXPORT}.\n`, exitCode: 0 };
      });
    case 'export': {
      if (!arg || !arg.endsWith('.parquet')) throw new UsageError('Usage: mesh slo export <file.parquet> (every stored observation, for analysts).');
      const target = resolve(arg);
      mkdirSync(dirname(target), { recursive: true });
      return withStore(repo, async (store) => ({ stdout: `Wrote ${await store.exportParquet(target)} observations to ${arg}.\n`, exitCode: 0 }));
    }
    default:
      throw new UsageError(
        'Usage: mesh slo measure | ingest <file> | status [product] [--all] | evaluate [--out FILE] | export <file.parquet> | sync-issues --site-url URL',
      );
  }
}

/** Evaluates every SLO of the catalog from the stored observations (without storing the result). */
export async function evaluate(repo: Repository, store: ObservationStore, now: string): Promise<MeshSloReport> {
  const check = checkRepository(repo);
  const specs = readSloSpecs(check.index, check.graph);
  const longest = Math.max(30 * 24, ...specs.map((s) => s.windowHours));
  const since = new Date(Date.parse(now) - longest * 3_600_000 - 2 * DAY).toISOString();
  return evaluateSlos(specs, await store.readObservations(since), await store.readMemory(), { now });
}

async function measure(repo: Repository, options: SloOptions): Promise<CommandOutcome> {
  const check = checkRepository(repo);
  const specs = readSloSpecs(check.index, check.graph);
  const driver = await openPlatformDriver({ root: repo.root, config: repo.config, readOnly: true });
  try {
    const { observations, findings } = await measureSlos(driver, specs, options.now);
    return withStore(repo, async (store) => {
      const { added, duplicates } = await store.addObservations(observations, 'probe');
      const line = `Measured ${observations.length} SLOs of ${driver.location}: ${added} observations stored, ${duplicates} already stored this hour.\n`;
      return report(repo, findings, line);
    });
  } finally {
    await driver.close();
  }
}

async function ingest(repo: Repository, file: string, options: SloOptions): Promise<CommandOutcome> {
  const check = checkRepository(repo);
  const specs = readSloSpecs(check.index, check.graph);
  let text: string;
  try {
    text = readFileSync(resolve(file), 'utf8');
  } catch {
    throw new UsageError(`Cannot read ${file}.`);
  }
  const openLineage = /"eventType"\s*:/.test(text.slice(0, 4096));
  const parsed = openLineage ? parseOpenLineageEvents(file, text, specs, options.now) : parseObservationLines(file, text, specs, options.now);
  return withStore(repo, async (store) => {
    const { added, duplicates } = await store.addObservations(parsed.observations, openLineage ? 'openlineage' : 'jsonl');
    const line = `Ingested ${file} (${openLineage ? 'OpenLineage run events' : 'observations'}): ${added} stored, ${duplicates} already stored, ${parsed.findings.filter((f) => f.severity === 'error').length} lines refused.\n`;
    return report(repo, parsed.findings, line);
  });
}

/** Findings as the usual report (exit 1 when any is an error), then a summary line. */
function report(repo: Repository, findings: Finding[], line: string): CommandOutcome {
  if (!findings.length) return { stdout: line, exitCode: 0 };
  const r: CheckReport = {
    tool: { name: 'meshplane', version: '' },
    root: repo.root,
    stats: { files: 0, products: 0, domains: 0, teams: 0, waivers: 0, edges: 0 },
    findings: sortFindings(findings),
  };
  return { stdout: `${renderText(r)}\n${line}`, exitCode: findings.some((f) => f.severity === 'error') ? 1 : 0 };
}

async function withStore(repo: Repository, body: (store: ObservationStore) => Promise<CommandOutcome>): Promise<CommandOutcome> {
  const store = await openObservationStore(resolve(repo.root, OBSERVATION_STORE));
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}
