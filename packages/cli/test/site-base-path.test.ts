import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMesh, startMesh } from '@meshplane/testkit';

const scratch = mkdtempSync(join(tmpdir(), 'meshplane-site-base-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('mesh site build --base', () => {
  // One of each kind at the CLI; every refusal is in packages/usecases/test/read-base-path.test.ts.
  it.each(['demo', '/../demo/', 'https://owner.github.io/demo/'])(
    'refuses %j with exit 2, naming the form /demo/, and leaves the output folder as it was',
    (base) => {
      const kept = join(scratch, 'kept');
      mkdirSync(kept, { recursive: true });
      writeFileSync(join(kept, 'index.html'), 'the last good site');
      const fresh = join(scratch, 'fresh');
      for (const out of [kept, fresh]) {
        const r = runMesh(['site', 'build', '--out', out, '--base', base, '--today', '2026-11-22']);
        expect(r.status).toBe(2);
        expect(r.stderr).toMatch(/^mesh: --base takes the path the site is served under, such as \/demo\/ \(or \/ for the root of a host\); `.*`/);
        expect(r.stdout).toBe('');
      }
      expect(readdirSync(kept)).toEqual(['index.html']);
      expect(existsSync(fresh)).toBe(false);
    },
  );
});

describe('mesh site serve --base', () => {
  it('serves the site under the sub-path only, redirects the bare sub-path, and prints the address with it', async () => {
    const site = join(scratch, 'site');
    mkdirSync(join(site, 'products', 'a.b'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<h1>home</h1>');
    writeFileSync(join(site, 'products', 'a.b', 'index.html'), '<h1>a.b</h1>');
    writeFileSync(join(site, '404.html'), 'nothing here');
    const serve = startMesh(['site', 'serve', '--out', site, '--port', '0', '--base', '/demo']);
    try {
      await serve.waitFor('(Ctrl-C stops it)');
      const url = /at (http:\/\/127\.0\.0\.1:\d+\/demo\/) /.exec(serve.output())?.[1];
      expect(url).toBeDefined();
      const origin = new URL(url ?? '').origin;
      const get = async (path: string) => {
        const res = await fetch(`${origin}${path}`, { redirect: 'manual' });
        return [res.status, res.headers.get('location') ?? (await res.text())];
      };
      expect(await get('/demo/')).toEqual([200, '<h1>home</h1>']);
      expect(await get('/demo/products/a.b/')).toEqual([200, '<h1>a.b</h1>']);
      expect(await get('/demo?q=1')).toEqual([301, '/demo/?q=1']);
      expect(await get('/')).toEqual([404, 'nothing here']);
      expect(await get('/products/a.b/')).toEqual([404, 'nothing here']);
      expect(await get('/demonstration/')).toEqual([404, 'nothing here']);
    } finally {
      serve.child.kill();
      await serve.exited;
    }
  });

  it('refuses a base path without slashes with exit 2', () => {
    const r = runMesh(['site', 'serve', '--out', join(scratch, 'site'), '--port', '0', '--base', 'demo']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('did you mean /demo/?');
  });
});
