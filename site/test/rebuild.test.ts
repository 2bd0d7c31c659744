import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyExampleMesh, runMesh } from '@meshplane/testkit';
import { SITE_TODAY } from './global-setup.js';

// A re-build keeps the last build's product pages and contracts whose input is unchanged (site/src/lib/reuse-pages.ts,
// packages/usecases/src/site/reuse-last-site.ts). Kept files must be exactly what a build from scratch writes.
const mesh = copyExampleMesh({ policies: true });
const site = join(mesh.dir, '.meshplane', 'site');
const scratch = join(mesh.dir, 'scratch-site');
afterAll(() => mesh.remove());

interface Built {
  pagesKept: number;
  products: number;
}

function build(out: string): Built {
  const r = runMesh(['site', 'build', '--out', out, '--today', SITE_TODAY, '--format', 'json'], { cwd: mesh.dir, timeoutMs: 170_000 });
  if (r.status !== 0) throw new Error(`mesh site build failed (exit ${r.status}):\n${r.stderr}${r.stdout}`);
  return JSON.parse(r.stdout) as Built;
}

function edit(path: string, from: string | RegExp, to: string): void {
  const file = join(mesh.dir, path);
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`${path} holds no ${String(from)}`);
  writeFileSync(file, edited);
}

/** Every file under `dir` by its path, but the catalog database files (DuckDB and Parquet write differing bytes each time). */
function readSite(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name).slice(dir.length + 1);
    if (path === 'downloads/catalog.duckdb' || path === 'downloads/products.parquet') continue;
    files.set(path, readFileSync(join(dir, path)));
  }
  return files;
}

/** The id of a process that has ended. */
function endedPid(): number {
  const r = spawnSync(process.execPath, ['-e', '']);
  if (!r.pid) throw new Error('could not start node');
  return r.pid;
}

const pageKeys = (dir: string): Record<string, string> =>
  (JSON.parse(readFileSync(join(dir, '.meshplane-build.json'), 'utf8')) as { pages: Record<string, string> }).pages;

describe('a site re-build in the same folder', () => {
  it('renders again only the pages whose input changed, and writes what a build from scratch writes', () => {
    const first = build(site);
    expect(first.pagesKept).toBe(0);
    const before = pageKeys(site);

    // A rename shows on the pages of its neighbours; a README and a version bump only on their own product's page.
    edit('catalog/podcast/podcast-listeners/product.yaml', 'name: Podcast listeners', 'name: Podcast audience');
    edit('catalog/podcast/podcast-events/README.md', /^/, 'Revised: the events now carry the device type.\n\n');
    edit('catalog/playlist/sports-playlists/product.yaml', /version: (\d+)\.(\d+)\.(\d+)/, 'version: 9.9.9');
    // Contracts read more than their product: the owner team (its members) and the versions of the products read.
    edit('catalog/teams/artist-data.yaml', '    - "@daff/yusuf"\n', '    - "@daff/yusuf"\n    - "@daff/noor"\n');
    edit('catalog/music/music-profiles/product.yaml', /version: (\d+)\.(\d+)\.(\d+)/, 'version: 7.7.7');
    // And the agreements that share a port: one extended.
    edit('catalog/player/play-events/agreements/listener-session-listener-sessions.yaml', 'end: 2027-11-01', 'end: 2028-02-01');
    // A product gone: its page, JSON and contracts go too.
    rmSync(join(mesh.dir, 'catalog/playlist/monday-playlist-features'), { recursive: true });

    // A build killed before it cleaned up left its scratch folder (with the site it had set aside) beside the site.
    const killed = join(site, '..', `.site.build-${endedPid()}-Kil1ed`);
    mkdirSync(join(killed, 'last', 'pagefind'), { recursive: true });

    const again = build(site);
    expect(existsSync(killed)).toBe(false);
    const after = pageKeys(site);
    const rendered = Object.keys(after).filter((id) => after[id] !== before[id]);
    expect(rendered).toEqual(
      expect.arrayContaining([
        'podcast.podcast-listeners',
        'podcast.daily-podcasts-summary',
        'podcast.podcast-demographics',
        'podcast.podcast-events',
        'playlist.sports-playlists',
      ]),
    );
    expect(again.pagesKept).toBe(again.products - rendered.length);
    expect(again.pagesKept).toBeGreaterThan(again.products / 2);
    expect(existsSync(join(site, 'products/playlist.monday-playlist-features'))).toBe(false);

    build(scratch);
    const kept = readSite(site);
    const fresh = readSite(scratch);
    expect([...kept.keys()].sort()).toEqual([...fresh.keys()].sort());
    const differing = [...fresh].filter(([path, bytes]) => !kept.get(path)?.equals(bytes)).map(([path]) => path);
    expect(differing).toEqual([]);
    expect(readFileSync(join(site, 'products/podcast.daily-podcasts-summary/index.html'), 'utf8')).toContain('Podcast audience');
  });

  it('builds everything again when the last build in the folder was made for another base path', () => {
    const r = runMesh(['site', 'build', '--out', site, '--today', SITE_TODAY, '--format', 'json', '--base', '/other/'], { cwd: mesh.dir, timeoutMs: 170_000 });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as Built).pagesKept).toBe(0);
  });

  it('puts the last site back as it was when a build fails after setting it aside', () => {
    const before = readSite(site);
    mesh.write('policies/global/broken.rego', 'package global.broken\ndeny contains x if { x := \n');
    const r = runMesh(['site', 'build', '--out', site, '--today', SITE_TODAY, '--base', '/other/'], { cwd: mesh.dir, timeoutMs: 170_000 });
    rmSync(join(mesh.dir, 'policies/global/broken.rego'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('The policies do not parse');
    const after = readSite(site);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect([...before].filter(([path, bytes]) => !after.get(path)?.equals(bytes)).map(([path]) => path)).toEqual([]);
    // No scratch folder is left beside the site.
    expect(readdirSync(join(site, '..')).filter((name) => name.includes('.build-'))).toEqual([]);
  });
});
