import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNodeMiddleware, type Probot } from 'probot';
import { TOOL_VERSION } from '@meshplane/usecases';
import type { MeshplaneApp } from './create-meshplane-app.js';

/** Where GitHub delivers webhooks (the app manifest's `hook_attributes.url` path). */
export const WEBHOOK_PATH = '/api/github/webhooks';

/** The running app server. */
export interface AppServer {
  url: string;
  server: Server;
  /** Stops taking requests, then waits for queued work to finish. */
  close(): Promise<void>;
}

/**
 * Serves the app over HTTP: webhooks at {@link WEBHOOK_PATH} through Probot's middleware (which verifies the
 * `x-hub-signature-256` of every delivery and answers 400 to a forged one before any handler runs), and `GET /healthz`
 * for load balancers and orchestrators (JSON: status, version, queued jobs).
 */
export async function startAppServer(probot: Probot, app: MeshplaneApp, listen: { port: number; host: string }): Promise<AppServer> {
  const middleware = await createNodeMiddleware(app.appFn, { probot, webhooksPath: WEBHOOK_PATH });
  const started = Date.now();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: 'ok', version: TOOL_VERSION, uptimeSeconds: Math.round((Date.now() - started) / 1000), queued: app.queue.size() }));
      return;
    }
    Promise.resolve(
      middleware(req, res, () => {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `Nothing at ${req.method} ${path}. Webhooks go to POST ${WEBHOOK_PATH}; health is GET /healthz.` }));
      }),
    ).catch((e: unknown) => {
      probot.log.error({ err: e instanceof Error ? e.message : String(e) }, 'request failed');
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(listen.port, listen.host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${listen.host === '0.0.0.0' ? '127.0.0.1' : listen.host}:${port}`,
    server,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await app.queue.onIdle();
    },
  };
}
