import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** The content type of a file by its extension; unknown ones are served as bytes. */
export function typeOf(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `root` a request path names (`/products/x/` → `products/x/index.html`), or undefined when it names
 * nothing there or tries to leave `root` (`..`, encoded or not, and NUL bytes are refused).
 */
export function resolveRequestPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]?.split('#')[0] ?? '/');
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.split(/[\\/]/).includes('..')) return undefined;
  const base = resolve(root);
  let file = resolve(join(base, decoded));
  if (file !== base && !file.startsWith(base + sep)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * A small static file server over a built site: GET and HEAD only, 404 page from the site when it has one. With
 * `basePath` (`/demo/`, as `mesh site build --base` wrote the site) the site is served under that path, as GitHub Pages
 * serves a project site: `/demo` redirects to `/demo/`, and every path outside it is a 404.
 */
export function createStaticServer(root: string, options: { basePath?: string } = {}): Server {
  const basePath = options.basePath ?? '/';
  return createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = req.url ?? '/';
    if (basePath !== '/' && url.split('?')[0] === basePath.slice(0, -1)) {
      res.writeHead(301, { location: basePath + url.slice(basePath.length - 1) }).end();
      return;
    }
    const inside = stripBasePath(url, basePath);
    const file = inside === undefined ? undefined : resolveRequestPath(root, inside);
    const notFound = file ? undefined : resolveRequestPath(root, '/404.html');
    const target = file ?? notFound;
    if (!target) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    res.writeHead(file ? 200 : 404, { 'content-type': typeOf(target), 'x-content-type-options': 'nosniff' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(target).pipe(res);
  });
}

/** The request path inside the site (`/demo/products/x/` → `/products/x/` under `/demo/`), or undefined outside it. */
export function stripBasePath(urlPath: string, basePath: string): string | undefined {
  return urlPath.startsWith(basePath) ? urlPath.slice(basePath.length - 1) : undefined;
}
