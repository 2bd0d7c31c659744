import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import { createStaticServer } from './serve-static.js';
import { UsageError } from '../usage-error.js';
import { readBasePath } from './read-base-path.js';

/** A running site server and the address to open. */
export interface SiteServer {
  server: Server;
  url: string;
}

/**
 * `mesh site serve`: serves the site built in `dir` on 127.0.0.1 (port 0 picks a free one) until stopped, under
 * `basePath` (see {@link readBasePath}; a site built with `--base /demo/` is previewed at `http://127.0.0.1:4321/demo/`).
 */
export async function serveSite(options: { dir: string; port: number; basePath?: string }): Promise<SiteServer> {
  const basePath = readBasePath(options.basePath);
  const dir = resolve(options.dir);
  if (!existsSync(join(dir, 'index.html'))) throw new UsageError(`No built site in ${dir}. Run mesh site build first.`, 'no-site');
  const server = createStaticServer(dir, { basePath });
  await new Promise<void>((ok, fail) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      fail(e.code === 'EADDRINUSE' ? new UsageError(`Port ${options.port} is in use; pick another with --port.`, 'port-in-use') : e),
    );
    server.listen(options.port, '127.0.0.1', () => ok());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { server, url: `http://127.0.0.1:${port}${basePath}` };
}
