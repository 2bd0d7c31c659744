// The installable package, end to end: `npm run pack`'s tarball installed into an empty folder from the registry, and
// `npx mesh` run there as a user runs it. One slow test file (a pack and one npm install, about a minute); every step
// below shares that install and runs in order on the catalog repository the first step writes.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@meshplane/testkit';

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  meshplane?: { opaVersion?: string };
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const root = readJson<Manifest>(join(REPO_ROOT, 'package.json'));
const pin = root.meshplane?.opaVersion as string;
const work = mkdtempSync(join(tmpdir(), 'meshplane-packed-'));
const consumer = join(work, 'consumer');
const catalog = join(consumer, 'my-catalog');
const installed = join(consumer, 'node_modules', 'meshplane');
/** The OPA cache an installed package looks in (XDG_CACHE_HOME/meshplane/opa-<pin>/opa), holding the repository's pinned opa. */
const cacheWithOpa = join(work, 'cache');
const emptyCache = join(work, 'empty-cache');
// No opa and no go on the PATH: the installed package must find OPA in its cache, and cannot build one.
const PATH = (process.env.PATH ?? '')
  .split(delimiter)
  .filter((d) => d && !existsSync(join(d, 'opa')) && !existsSync(join(d, 'go')))
  .join(delimiter);
const env = (cache: string): NodeJS.ProcessEnv => {
  const { MESHPLANE_OPA: _opa, ...rest } = process.env;
  return { ...rest, PATH, XDG_CACHE_HOME: cache, NO_COLOR: '1', CI: 'true' };
};
let tarball = '';
let installLog = '';

/** `npx mesh …` in `cwd`, as a user of the installed package runs it. */
function npxMesh(args: readonly string[], cwd = catalog, cache = cacheWithOpa) {
  const r = spawnSync('npx', ['--no-install', 'mesh', ...args], { cwd, env: env(cache), encoding: 'utf8', timeout: 180_000, maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, output: `${r.stdout}${r.stderr}` };
}

/** Every package npm installed under `dir`'s node_modules (nested ones too). */
function listInstalled(dir: string): Manifest[] {
  const found: Manifest[] = [];
  const modules = join(dir, 'node_modules');
  if (!existsSync(modules)) return found;
  for (const name of readdirSync(modules).filter((n) => !n.startsWith('.'))) {
    const folders = name.startsWith('@') ? readdirSync(join(modules, name)).map((n) => join(modules, name, n)) : [join(modules, name)];
    for (const folder of folders.filter((f) => existsSync(join(f, 'package.json'))))
      found.push(readJson<Manifest>(join(folder, 'package.json')), ...listInstalled(folder));
  }
  return found;
}

beforeAll(() => {
  const started = Date.now();
  tarball = execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/pack-mesh.mjs'), '--out', join(work, 'pack')], { encoding: 'utf8' }).trim();
  const packed = Date.now();
  mkdirSync(join(cacheWithOpa, 'meshplane', `opa-${pin}`), { recursive: true });
  symlinkSync(join(REPO_ROOT, '.tools/bin/opa'), join(cacheWithOpa, 'meshplane', `opa-${pin}`, 'opa'));
  mkdirSync(emptyCache);
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), '{ "private": true }\n');
  // The user's npm configuration (registry, certificates) as is: only the tarball is local.
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', tarball], { cwd: consumer, env: env(cacheWithOpa), encoding: 'utf8', timeout: 280_000 });
  installLog = `${r.stdout}${r.stderr}`;
  if (r.status !== 0) throw new Error(`npm install of ${tarball} failed:\n${installLog}`);
  console.log(
    `packed ${tarball} (${Math.round(statSync(tarball).size / 1024)} KiB) in ${((packed - started) / 1000).toFixed(1)} s; ` +
      `npm install took ${((Date.now() - packed) / 1000).toFixed(1)} s`,
  );
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed mesh CLI, installed from its tarball', () => {
  it('installs without a build, without EBADENGINE on this Node, and with none of the repository’s devDependencies', () => {
    expect(installLog).not.toContain('EBADENGINE');
    const pkg = readJson<Manifest>(join(installed, 'package.json'));
    expect(pkg.devDependencies).toBeUndefined();
    expect(Object.keys(pkg.dependencies ?? {}).filter((n) => n in (root.devDependencies ?? {}))).toEqual([]);
    expect(Object.keys(pkg.dependencies ?? {}).filter((n) => n.startsWith('@meshplane/'))).toEqual([]);
    // A devDependency of the repository may be present only because an installed runtime package asks for it
    // (Astro needs typescript and esbuild); the test tooling itself never is.
    const all = listInstalled(consumer);
    const wanted = new Set(
      all.filter((p) => p.name !== 'meshplane').flatMap((p) => Object.keys({ ...p.dependencies, ...p.peerDependencies, ...p.optionalDependencies })),
    );
    const devPresent = all.map((p) => p.name).filter((n) => n in (root.devDependencies ?? {}));
    expect(devPresent.filter((n) => !wanted.has(n))).toEqual([]);
    for (const tool of ['vitest', 'eslint', 'prettier', 'playwright-core', 'tsx', 'fast-check']) expect(devPresent).not.toContain(tool);
    expect(existsSync(join(installed, 'site', 'test'))).toBe(false);
  });

  it('runs as `npx mesh` and reports the package version', () => {
    const r = npxMesh(['--version'], consumer);
    expect(r.output).toBe(`mesh ${root.version}\n`);
    expect(r.status).toBe(0);
  });

  it('mesh init writes a catalog repository, with the pinned workflows, whose $schema modelines resolve to the installed package’s schemas', () => {
    const sha = '0123456789abcdef'.repeat(3).slice(0, 40);
    const r = npxMesh(['init', 'my-catalog', '--org', 'acme', '--domain', 'orders', '--team', 'order-data', '--actions', `acme/meshplane@${sha}`], consumer);
    expect(r.status, r.output).toBe(0);
    // The workflow templates the package carries, pinned to the actions named.
    for (const name of ['meshplane-check.yml', 'meshplane-provision.yml', 'meshplane-slo.yml', 'meshplane-expiry.yml', 'meshplane-pages.yml'])
      expect(readFileSync(join(catalog, '.github/workflows', name), 'utf8')).toMatch(new RegExp(`uses: acme/meshplane/actions/[a-z-]+@${sha}\n`));
    const manifests = [
      'catalog/orders/domain.yaml',
      'catalog/orders/example-events/product.yaml',
      'catalog/teams/order-data.yaml',
      'catalog/teams/data-governance.yaml',
      '.github/meshplane.yml',
    ];
    for (const file of manifests) {
      const schema = /\$schema=(\S+)/.exec(readFileSync(join(catalog, file), 'utf8'))?.[1] as string;
      const target = join(catalog, file, '..', schema);
      expect(readFileSync(target, 'utf8'), `${file} → ${schema}`).toBe(readFileSync(join(installed, 'schemas', schema.split('/').pop() as string), 'utf8'));
    }
  });

  it('stops with exit 2 and says how to get OPA when none is on the PATH or in the cache, and Go is missing', () => {
    const r = npxMesh(['check'], catalog, emptyCache);
    expect(r.stderr).toContain(`Meshplane needs the OPA CLI ${pin} to compile policies, and found none.`);
    expect(r.stderr).toContain(join(emptyCache, 'meshplane', `opa-${pin}`, 'opa'));
    expect(r.status).toBe(2);
  });

  it('mesh check passes on it, with OPA from the cache', () => {
    const r = npxMesh(['check']);
    expect(r.stdout).toContain('✔ Clean: 1 product in 1 domain, 2 teams');
    expect(r.status, r.output).toBe(0);
  });

  it('mesh policy test passes: the starter policies’ own tests, with coverage', () => {
    const r = npxMesh(['policy', 'test']);
    expect(r.stdout).toMatch(/opa test: [1-9]\d* passed, 0 failed; coverage/);
    expect(r.status, r.output).toBe(0);
  });

  it('mesh apply provisions the example product into the embedded DuckDB platform', () => {
    const r = npxMesh(['apply']);
    expect(r.stdout).toMatch(/Applied \d+ operations to DuckDB file/);
    expect(r.status, r.output).toBe(0);
    expect(existsSync(join(catalog, '.meshplane/mesh.duckdb'))).toBe(true);
  });

  it('mesh site build --base /demo/ renders the site with the package’s Astro project, links under /demo/', () => {
    const r = npxMesh(['site', 'build', '--base', '/demo/']);
    expect(r.stdout).toContain('Built the catalog site: 1 products, 1 pages indexed for search');
    expect(r.status, r.output).toBe(0);
    const index = readFileSync(join(catalog, '.meshplane/site/index.html'), 'utf8');
    expect(index).toContain('href="/demo/');
    expect(index).not.toMatch(/href="\/(?!demo\/)[^/"]/);
    expect(existsSync(join(catalog, '.meshplane/site/pagefind/pagefind.js'))).toBe(true);
  });
});
