#!/usr/bin/env node
// Builds the actions' committed bundles, as JavaScript actions ship: actions/<name>/dist/index.js, the action's
// built entry point (actions/dist/<name>/main.js, from `tsc -b`) with every workspace package and pure-JavaScript
// dependency inlined (scripts/bundle-meshplane.mjs). An action that imports a package which cannot be inlined gets
// actions/<name>/package.json naming it at the lockfile's version, and its package-lock.json, which the action's
// install step installs (actions/install-runtime.sh); the check action imports none and installs nothing.
// publish-site also gets dist/meshplane-core.js, the bundle of @meshplane/core the site's pages import.
//
//   node scripts/build-actions.mjs           writes them (run after changing anything an action runs)
//   node scripts/build-actions.mjs --check   exits 1, naming the files, when the committed ones are stale
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { bundleEntries, ROOT } from './bundle-meshplane.mjs';
import { CLI_EXTERNAL } from './pack-mesh.mjs';

/** The actions, and the site dependencies publish-site installs beside its bundle for Astro to resolve. */
export const ACTIONS = {
  check: { site: false },
  provision: { site: false },
  'slo-monitor': { site: false },
  'expiry-monitor': { site: false },
  'publish-site': { site: true },
};

/** The dependencies the site's pages import (besides @meshplane/core), at the lockfile's versions, with their pins. */
function siteDependencies(packageLock) {
  const site = JSON.parse(readFileSync(join(ROOT, 'site/package.json'), 'utf8')).dependencies;
  const names = Object.keys(site).filter((n) => !n.startsWith('@meshplane/'));
  return Object.fromEntries(names.map((n) => [n, packageLock.packages[`node_modules/${n}`].version]));
}

/** The files one action's build consists of: path (relative to the repository) → content. */
async function renderAction(name) {
  const out = join(ROOT, 'actions', name, 'dist');
  const files = new Map();
  const main = await bundleEntries({ index: join(ROOT, 'actions/dist', name, 'main.js') }, out, { external: CLI_EXTERNAL, write: false });
  for (const f of main.files) files.set(relative(ROOT, f.path), f.text);
  let dependencies = main.dependencies;
  if (ACTIONS[name].site) {
    const core = await bundleEntries({ 'meshplane-core': join(ROOT, 'packages/core/dist/index.js') }, out, { write: false });
    for (const f of core.files) files.set(relative(ROOT, f.path), f.text);
    // The search index's thread (packages/usecases/src/site/index-site.ts looks for it beside the bundle).
    const worker = await bundleEntries({ 'index-site-worker': join(ROOT, 'packages/usecases/dist/site/index-site-worker.js') }, out, {
      external: CLI_EXTERNAL,
      write: false,
    });
    for (const f of worker.files) files.set(relative(ROOT, f.path), f.text);
    dependencies = { ...dependencies, ...worker.dependencies };
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
    const pins = Object.fromEntries(
      Object.entries(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).overrides).filter(([, v]) => typeof v === 'string'),
    );
    dependencies = Object.fromEntries(Object.entries({ ...dependencies, ...siteDependencies(lock), ...pins }).sort(([a], [b]) => a.localeCompare(b)));
  }
  if (Object.keys(dependencies).length > 0) {
    const pkg = {
      name: `meshplane-action-${name}`,
      private: true,
      type: 'module',
      description: 'What this action installs beside dist/index.js (scripts/build-actions.mjs)',
      dependencies,
    };
    files.set(`actions/${name}/package.json`, `${JSON.stringify(pkg, null, 2)}\n`);
  }
  return files;
}

/** The lockfile npm resolves for `packageJson`, made in a scratch folder with the user's npm configuration. */
function resolveLockfile(packageJson) {
  const scratch = mkdtempSync(join(tmpdir(), 'meshplane-action-lock-'));
  try {
    writeFileSync(join(scratch, 'package.json'), packageJson);
    execFileSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: scratch,
      stdio: 'inherit',
    });
    return readFileSync(join(scratch, 'package-lock.json'), 'utf8');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Whether `lockText` was resolved for `packageJson`: its root entry asks for the same dependencies. */
function lockMatches(lockText, packageJson) {
  const root = JSON.parse(lockText).packages?.[''];
  return JSON.stringify(root?.dependencies ?? {}) === JSON.stringify(JSON.parse(packageJson).dependencies);
}

/** Every stale or missing file of the actions' builds, or [] when the committed ones are current. */
export async function findStaleActionFiles() {
  const stale = [];
  for (const name of Object.keys(ACTIONS)) {
    const files = await renderAction(name);
    for (const [path, text] of files) if (!existsSync(join(ROOT, path)) || readFileSync(join(ROOT, path), 'utf8') !== text) stale.push(path);
    const pkg = files.get(`actions/${name}/package.json`);
    const lock = join(ROOT, 'actions', name, 'package-lock.json');
    if (pkg && !(existsSync(lock) && lockMatches(readFileSync(lock, 'utf8'), pkg))) stale.push(relative(ROOT, lock));
    if (!pkg && existsSync(join(ROOT, 'actions', name, 'package.json'))) stale.push(`actions/${name}/package.json (no longer needed)`);
  }
  return stale;
}

async function writeActions() {
  for (const name of Object.keys(ACTIONS)) {
    const files = await renderAction(name);
    rmSync(join(ROOT, 'actions', name, 'dist'), { recursive: true, force: true });
    for (const [path, text] of files) {
      mkdirSync(dirname(join(ROOT, path)), { recursive: true });
      writeFileSync(join(ROOT, path), text);
    }
    const pkg = files.get(`actions/${name}/package.json`);
    const lock = join(ROOT, 'actions', name, 'package-lock.json');
    if (!pkg) for (const f of ['package.json', 'package-lock.json']) rmSync(join(ROOT, 'actions', name, f), { force: true });
    else if (!(existsSync(lock) && lockMatches(readFileSync(lock, 'utf8'), pkg))) writeFileSync(lock, resolveLockfile(pkg));
    console.log(`actions/${name}: ${[...files.keys()].map((p) => relative(`actions/${name}`, p)).join(', ')}${pkg ? ', package-lock.json' : ''}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-b'], { cwd: ROOT, stdio: 'inherit' });
  if (process.argv.includes('--check')) {
    const stale = await findStaleActionFiles();
    if (stale.length > 0) {
      console.error(`The actions' committed builds are stale: ${stale.join(', ')}.\nRun \`node scripts/build-actions.mjs\` and commit the result.`);
      process.exit(1);
    }
    console.log('The actions’ committed builds are current.');
  } else await writeActions();
}
