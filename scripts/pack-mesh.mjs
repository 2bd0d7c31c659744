#!/usr/bin/env node
// Builds the installable Meshplane package and `npm pack`s it: prints the path of .meshplane/pack/meshplane-<version>.tgz.
// The package (.meshplane/pack/meshplane/) holds the `mesh` CLI bundled by esbuild (scripts/bundle-meshplane.mjs: our
// workspace packages and pure-JavaScript dependencies inlined), the files MESHPLANE_HOME must hold (the JSON Schemas,
// the starter policies, the Astro site project, the workflow templates) and a package.json whose dependencies are
// only what cannot be inlined, at the lockfile's versions. Installing it runs no build. `npm run pack` runs it;
// `--out DIR` packs into DIR instead (DIR/meshplane/ and the tarball; DIR is emptied first).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleEntries, lockedVersionOf, ROOT, sortKeys } from './bundle-meshplane.mjs';

/**
 * What the CLI imports but cannot carry inlined: DuckDB's native bindings, Pagefind's platform binary, Astro (run as
 * its own program over site/), and pg (optional native parts, loaded by name).
 */
export const CLI_EXTERNAL = ['@duckdb/node-api', 'astro', 'pagefind', 'pg'];

const readJson = (file) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

/**
 * The root's top-level `overrides` (`name: version`) of packages an external dependency pulls in. A consumer's npm
 * ignores a dependency's overrides; declared as a dependency of the package at the overridden version (inside the
 * range its dependent asks for), npm installs that version at the top and the dependent shares it. A nested override
 * is refused unless the package it scopes is inlined: it cannot be carried.
 */
function pinnedOverrides(external) {
  const pins = {};
  for (const [name, value] of Object.entries(readJson('package.json').overrides ?? {})) {
    if (typeof value === 'string') pins[name] = value;
    else if (external.includes(name)) throw new Error(`The override of ${name} cannot reach an installed package; inline ${name} or drop the override.`);
  }
  return pins;
}

/** Copies the files `mesh` reads from MESHPLANE_HOME into the package folder `out`; never the site's tests or build leftovers. */
function copyAssets(out) {
  mkdirSync(join(out, 'schemas'), { recursive: true });
  for (const f of readdirSync(join(ROOT, 'schemas')).filter((f) => f.endsWith('.schema.json'))) cpSync(join(ROOT, 'schemas', f), join(out, 'schemas', f));
  for (const part of ['global', 'domains', 'lib', 'capabilities.json']) cpSync(join(ROOT, 'policies', part), join(out, 'policies', part), { recursive: true });
  mkdirSync(join(out, '.github', 'workflows'), { recursive: true });
  for (const f of readdirSync(join(ROOT, '.github/workflows')).filter((f) => /^meshplane-.*\.yml$/.test(f)))
    cpSync(join(ROOT, '.github/workflows', f), join(out, '.github/workflows', f));
  for (const part of ['astro.config.mjs', 'tsconfig.json', 'src', 'public']) cpSync(join(ROOT, 'site', part), join(out, 'site', part), { recursive: true });
  writeFileSync(join(out, 'site', 'package.json'), `${JSON.stringify({ name: 'meshplane-site', private: true, type: 'module' }, null, 2)}\n`);
  cpSync(join(ROOT, 'README.md'), join(out, 'README.md'));
}

/** Writes the package folder `<packDir>/meshplane/` and returns the path of its tarball in `packDir`. */
export async function packMesh(packDir = join(ROOT, '.meshplane', 'pack')) {
  const out = join(packDir, 'meshplane');
  rmSync(packDir, { recursive: true, force: true });
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-b'], { cwd: ROOT, stdio: 'inherit' });
  const cli = await bundleEntries(
    {
      mesh: join(ROOT, 'packages/cli/dist/main.js'),
      'parse-worker': join(ROOT, 'packages/source/dist/parse-worker.js'),
      'index-site-worker': join(ROOT, 'packages/usecases/dist/site/index-site-worker.js'),
    },
    join(out, 'dist'),
    { external: CLI_EXTERNAL },
  );
  // The site's pages import @meshplane/core, which the package has no workspace for: astro.config.mjs aliases it here.
  await bundleEntries({ 'meshplane-core': join(ROOT, 'packages/core/dist/index.js') }, join(out, 'site'));
  const siteDependencies = Object.keys(readJson('site/package.json').dependencies).filter((n) => !n.startsWith('@meshplane/'));
  copyAssets(out);
  const rootPkg = readJson('package.json');
  const pkg = {
    name: 'meshplane',
    version: rootPkg.version,
    description: rootPkg.description,
    license: rootPkg.license,
    type: 'module',
    bin: { mesh: 'dist/mesh.js' },
    files: ['dist/', 'schemas/', 'policies/', 'site/', '.github/workflows/', 'README.md'],
    engines: rootPkg.engines,
    dependencies: sortKeys({
      ...cli.dependencies,
      ...Object.fromEntries(siteDependencies.map((n) => [n, lockedVersionOf(n)])),
      ...pinnedOverrides(CLI_EXTERNAL),
    }),
    meshplane: { opaVersion: rootPkg.meshplane.opaVersion },
  };
  writeFileSync(join(out, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--loglevel=error', '--pack-destination', packDir], { cwd: out, encoding: 'utf8' }));
  return join(packDir, packed.filename);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { out } = parseArgs({ options: { out: { type: 'string' } } }).values;
  console.log(await packMesh(out ? resolve(out) : undefined));
}
