import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, resolveRequestPath, typeOf } from '@meshplane/usecases';
import { makeTempRepo, type TempRepo } from '@meshplane/testkit';

let dir: TempRepo;
let base: string;
const server = { close: (): void => {} };

/** A raw GET, so paths like `/../x` reach the server unnormalised (fetch would clean them up first). */
function get(path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((ok, fail) => {
    const req = request(`${base}${path}`, { path }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => ok({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  dir = makeTempRepo({
    'site/index.html': '<h1>home</h1>',
    'site/products/a.b/index.html': '<h1>a.b</h1>',
    'site/api/products.json': '{}',
    'site/404.html': 'nothing here',
    'secret.txt': 'do not serve',
  });
  const s = createStaticServer(`${dir.dir}/site`);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
  server.close = () => s.close();
});

afterAll(() => {
  server.close();
  dir.remove();
});

describe('mesh site serve', () => {
  it.each([
    ['/', 200, 'text/html; charset=utf-8', '<h1>home</h1>'],
    ['/products/a.b/', 200, 'text/html; charset=utf-8', '<h1>a.b</h1>'],
    ['/products/a.b', 200, 'text/html; charset=utf-8', '<h1>a.b</h1>'],
    ['/api/products.json?x=1', 200, 'application/json; charset=utf-8', '{}'],
    ['/missing/', 404, 'text/html; charset=utf-8', 'nothing here'],
    ['/../secret.txt', 404, 'text/html; charset=utf-8', 'nothing here'],
    ['/%2e%2e/secret.txt', 404, 'text/html; charset=utf-8', 'nothing here'],
    ['/..%2fsecret.txt', 404, 'text/html; charset=utf-8', 'nothing here'],
    ['/%00', 404, 'text/html; charset=utf-8', 'nothing here'],
  ])('GET %s → %i', async (path, status, type, body) => {
    expect(await get(path)).toEqual({ status, type, body });
  });

  it('refuses paths that leave the site folder', () => {
    expect(resolveRequestPath(`${dir.dir}/site`, '/../secret.txt')).toBeUndefined();
    expect(resolveRequestPath(`${dir.dir}/site`, '/%2E%2E%5Csecret.txt')).toBeUndefined();
    expect(resolveRequestPath(`${dir.dir}/site`, '/%E0%A4%A')).toBeUndefined();
  });

  it.each([
    ['a.css', 'text/css; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.wasm', 'application/wasm'],
    ['a.pf_fragment', 'application/octet-stream'],
    ['a.unknown', 'application/octet-stream'],
  ])('serves %s as %s', (file, type) => {
    expect(typeOf(file)).toBe(type);
  });
});
