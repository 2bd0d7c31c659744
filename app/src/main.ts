#!/usr/bin/env node
import { resolve } from 'node:path';
import { Probot } from 'probot';
import type { AppLog } from './app-context.js';
import { createMeshplaneApp } from './create-meshplane-app.js';
import { AppEnvError, readAppEnv } from './read-app-env.js';
import { startAppServer, WEBHOOK_PATH } from './start-app-server.js';

/** `npm run app`: Meshplane's GitHub App on Probot's middleware, configured from the environment. */
async function main(): Promise<void> {
  const env = readAppEnv(process.env);
  const probot = new Probot({
    appId: env.appId,
    privateKey: env.privateKey,
    secret: env.webhookSecret,
    baseUrl: env.baseUrl,
    logLevel: env.logLevel,
    logFormat: env.logFormat,
  });
  // Probot makes its logger while it initializes, after the constructor returns (`probot.log` is null until then):
  // the app's jobs log through whatever it is when they log.
  const log: AppLog = {
    info: (obj, msg) => probot.log.info(obj, msg),
    warn: (obj, msg) => probot.log.warn(obj, msg),
    error: (obj, msg) => probot.log.error(obj, msg),
  };
  const app = createMeshplaneApp({ dataDir: resolve(env.dataDir), now: () => new Date(), blobs: new Map(), log, env: process.env });
  const server = await startAppServer(probot, app, { port: env.port, host: env.host });
  probot.log.info({ url: server.url, webhooks: WEBHOOK_PATH, health: '/healthz', dataDir: resolve(env.dataDir) }, 'Meshplane app listening');
  const stop = (signal: string): void => {
    probot.log.info({ signal, queued: app.queue.size() }, 'stopping: finishing queued work');
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof AppEnvError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(e instanceof AppEnvError ? 2 : 1);
});
