import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { MESHPLANE_HOME } from '../meshplane-home.js';
import { stringify } from 'yaml';
import { generateDemoMesh, listObservationDays, observeDay, type DemoFile } from '@meshplane/core';
import { UsageError } from '../usage-error.js';

/** Flags of `mesh demo generate`, as typed. */
export interface DemoFlags {
  products?: string;
  seed?: string;
  out?: string;
  today: string;
}

/** What `mesh demo generate` wrote. */
export interface DemoResult {
  out: string;
  products: number;
  domains: number;
  teams: number;
  observations: number;
  observationFiles: number;
}

/** The policy folders of this Meshplane checkout that a demo repository gets (waivers belong to the example mesh). */
const POLICY_PARTS = ['global', 'domains', 'lib', 'capabilities.json'];
const POLICY_HOME = join(MESHPLANE_HOME, 'policies');
const CONFIG = {
  apiVersion: 'meshplane/v1',
  kind: 'Config',
  catalog: { root: 'catalog' },
  platform: { driver: 'duckdb', duckdbPath: '.meshplane/mesh.duckdb' },
};

/**
 * `mesh demo generate --products N [--seed S] [--out DIR]`: writes a complete catalog repository with a synthetic
 * mesh (catalog/, the policies of this Meshplane, .github/meshplane.yml, a .gitignore for the caches) that
 * `mesh check` passes, and 30 days of SLO observations as JSON lines (docs/observations.md). The same flags and `--today` write the same bytes.
 */
export function generateDemo(flags: DemoFlags): DemoResult {
  const products = readWholeNumber('--products', flags.products, { min: 1, max: 100_000 });
  const seed = flags.seed === undefined ? 1 : readWholeNumber('--seed', flags.seed, { min: 0, max: 2 ** 32 - 1 });
  const out = resolve(flags.out ?? 'meshplane-demo');
  if (existsSync(out) && readdirSync(out).length > 0) throw new UsageError(`${out} is not empty; name a new folder with --out.`, 'exists');
  if (!existsSync(join(POLICY_HOME, 'global'))) throw new UsageError(`No policies at ${POLICY_HOME}: run mesh demo from a Meshplane checkout.`, 'no-policies');
  const mesh = generateDemoMesh({ products, seed, today: flags.today });
  for (const f of mesh.files) write(out, f.path, renderDemoFile(f));
  for (const part of POLICY_PARTS) cpSync(join(POLICY_HOME, part), join(out, 'policies', part), { recursive: true });
  write(out, '.github/meshplane.yml', stringify(CONFIG));
  // Meshplane's caches (parse index, compiled policies, remembered results) belong to each clone, never to a commit.
  write(out, '.gitignore', '.meshplane/\n');
  let observations = 0;
  const days = listObservationDays(flags.today);
  for (const day of days) {
    const rows = observeDay(mesh.products, day, seed);
    observations += rows.length;
    write(out, `observations/${day}.jsonl`, rows.map((r) => JSON.stringify(r) + '\n').join(''));
  }
  const teams = mesh.files.filter((f) => f.path.startsWith('catalog/teams/')).length;
  const domains = mesh.files.filter((f) => f.path.endsWith('/domain.yaml')).length;
  return { out, products, domains, teams, observations, observationFiles: days.length };
}

function renderDemoFile(f: DemoFile): string {
  return 'text' in f ? f.text : stringify(f.document, { lineWidth: 0 });
}

function write(root: string, path: string, content: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

function readWholeNumber(flag: string, value: string | undefined, range: { min: number; max: number }): number {
  if (value === undefined) throw new UsageError(`Say how many products with ${flag} N: mesh demo generate --products 1000 --seed 1.`);
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < range.min || n > range.max)
    throw new UsageError(`${flag} takes a whole number from ${range.min} to ${range.max}, not \`${value}\`.`);
  return n;
}
