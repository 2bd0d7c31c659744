import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkCatalog, renderCodeowners, type Config } from '@meshplane/core';
import { loadFilesSource } from '@meshplane/source';
import { parse } from 'yaml';
import { MESHPLANE_HOME, TOOL_VERSION } from '../meshplane-home.js';
import { UsageError } from '../usage-error.js';
import { pinWorkflow, renderStarterCatalog, type StarterFile, type StarterInput } from './render-starter-files.js';

/** What `mesh init` is told: where, for whom, and which Meshplane actions the workflows pin (none: no workflows). */
export interface InitOptions extends StarterInput {
  dir: string;
  /** `owner/repo@<40-hex commit>` of the Meshplane actions; absent: no workflows are written. */
  actions?: string;
  /** Write into a folder that is not empty (never over an existing file). */
  force?: boolean;
}

/** What `mesh init` wrote. */
export interface InitResult {
  dir: string;
  files: string[];
}

const SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const WORKFLOWS = ['meshplane-check.yml', 'meshplane-provision.yml', 'meshplane-slo.yml', 'meshplane-expiry.yml', 'meshplane-pages.yml'];
/** The governance group's starter rules: the global policies with their tests and the shared library (not this repository's domains or waivers). */
const POLICY_PARTS = ['global', 'lib', 'capabilities.json'];

/**
 * `mesh init [dir]`: a new catalog repository that passes `mesh check` and `mesh policy test` at once: the config, one
 * domain, its team and the governance team, an example product, the starter policies with their tests, the JSON
 * Schemas (so manifests' modelines resolve in an editor), CODEOWNERS, a `.gitignore` for the caches and, given the
 * Meshplane actions to pin, the five workflows (check, provision, SLO monitor, expiry monitor, Pages). Everything is checked before
 * the first file is written: a folder that is not empty is refused unless `force`, and an existing file is never
 * overwritten.
 */
export function initCatalogRepository(options: InitOptions): InitResult {
  const dir = resolve(options.dir);
  checkInput(options);
  const actions = options.actions === undefined ? undefined : readActionsRef(options.actions);
  const files: StarterFile[] = [...renderStarterCatalog(options), ...(actions ? readWorkflows(actions) : [])];
  files.push({ path: '.github/CODEOWNERS', text: renderCodeowners(indexOf(files), parse(files[0]?.text ?? '') as Config) });
  const copied = [...POLICY_PARTS.map((p) => `policies/${p}`), 'schemas'];
  refuseToOverwrite(dir, options.force ?? false, [...files.map((f) => f.path), ...copied]);
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.text);
  }
  for (const part of POLICY_PARTS) cpSync(join(MESHPLANE_HOME, 'policies', part), join(dir, 'policies', part), { recursive: true });
  cpSync(join(MESHPLANE_HOME, 'schemas'), join(dir, 'schemas'), {
    recursive: true,
    filter: (src) => statSync(src).isDirectory() || src.endsWith('.schema.json'),
  });
  return { dir, files: [...files.map((f) => f.path), ...copied.map((c) => (c.endsWith('.json') ? c : `${c}/`))].sort() };
}

function checkInput(o: InitOptions): void {
  const problems: string[] = [];
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(o.org)) problems.push(`--org takes a GitHub organisation name (letters, digits, hyphens), not \`${o.org}\``);
  for (const [flag, value] of [
    ['--domain', o.domain],
    ['--team', o.team],
    ['--governance-team', o.governanceTeam],
  ] as const)
    if (!SLUG.test(value)) problems.push(`${flag} takes a lowercase name with hyphens (such as \`customer-data\`), not \`${value}\``);
  if (o.domain === 'teams') problems.push('--domain cannot be `teams`: catalog/teams/ holds the team files');
  if (o.team === o.governanceTeam) problems.push('--team and --governance-team must be two teams');
  if (!/^@[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9][A-Za-z0-9-]*)?$/.test(o.productOwner))
    problems.push(`--product-owner takes a GitHub handle such as @${o.org}/maria, not \`${o.productOwner}\``);
  if (problems.length) throw new UsageError(`mesh init cannot start:\n  ${problems.join('\n  ')}`, 'init-input');
}

function readActionsRef(ref: string): { repository: string; commit: string } {
  const m = /^([A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+)@([0-9a-f]{40})$/.exec(ref);
  if (!m) throw new UsageError(`--actions takes owner/repo@<full commit sha> (a tag can be moved, a commit cannot), not \`${ref}\`.`, 'init-input');
  return { repository: m[1] as string, commit: m[2] as string };
}

function readWorkflows(actions: { repository: string; commit: string }): StarterFile[] {
  return WORKFLOWS.map((name) => ({
    path: `.github/workflows/${name}`,
    text: pinWorkflow(readFileSync(join(MESHPLANE_HOME, '.github/workflows', name), 'utf8'), actions),
  }));
}

/** The index the CODEOWNERS file is generated from: the starter catalog, read as `mesh check` reads it. */
function indexOf(files: readonly StarterFile[]) {
  const source = loadFilesSource(
    files.filter((f) => f.path.startsWith('catalog/')).map((f) => ({ path: f.path, mode: '100644', content: Buffer.from(f.text) })),
  );
  return checkCatalog(source, { root: '.', catalogRoot: 'catalog', toolVersion: TOOL_VERSION }).index;
}

function refuseToOverwrite(dir: string, force: boolean, paths: readonly string[]): void {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`${dir} is a file, not a folder.`, 'init-target');
  const present = existsSync(dir) ? readdirSync(dir).filter((n) => n !== '.git') : [];
  if (present.length > 0 && !force)
    throw new UsageError(
      `${dir} is not empty (${present.slice(0, 5).join(', ')}${present.length > 5 ? ', …' : ''}): mesh init starts a new catalog repository. Name an empty folder, or add --force to add Meshplane's files beside what is there (an existing file is never overwritten).`,
      'init-not-empty',
    );
  const clashes = paths.filter((p) => existsSync(join(dir, p)));
  if (clashes.length > 0) throw new UsageError(`mesh init would overwrite ${clashes.join(', ')}: nothing was written. Move them aside first.`, 'init-exists');
}
