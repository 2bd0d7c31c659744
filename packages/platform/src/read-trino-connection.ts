import { readFileSync } from 'node:fs';
import type { TrinoConfig } from '@meshplane/core';
import { describeCause, PlatformError } from './platform-error.js';
import type { TrinoConnection } from './trino-session.js';

/**
 * The Trino connection `platform.trino` describes, read from the environment variables it names. The server, catalog
 * and user must be set; a password, a token and a CA file are sent only when their variables are. Every missing
 * variable is named in one message.
 */
export function readTrinoConnection(config: TrinoConfig, env: Record<string, string | undefined>): TrinoConnection & { lockLeaseMs: number } {
  const names = {
    server: config.serverEnv ?? 'MESHPLANE_TRINO_URL',
    catalog: config.catalogEnv ?? 'MESHPLANE_TRINO_CATALOG',
    user: config.userEnv ?? 'MESHPLANE_TRINO_USER',
  };
  const missing = Object.values(names).filter((n) => !env[n]);
  if (missing.length) {
    throw new PlatformError(
      'config',
      `The platform is Trino, but the environment variable${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (named by platform.trino) ${missing.length > 1 ? 'are' : 'is'} not set.`,
    );
  }
  const server = env[names.server] ?? '';
  if (!/^https?:\/\/[^\s/]+/.test(server)) throw new PlatformError('config', `${names.server} must hold the server's http:// or https:// URL.`);
  const password = env[config.passwordEnv ?? 'MESHPLANE_TRINO_PASSWORD'];
  const jwt = env[config.jwtEnv ?? 'MESHPLANE_TRINO_JWT'];
  const caFile = env[config.caFileEnv ?? 'MESHPLANE_TRINO_CA_FILE'];
  let ca: string | undefined;
  if (caFile) {
    try {
      ca = readFileSync(caFile, 'utf8');
    } catch (cause) {
      throw new PlatformError(
        'config',
        `Cannot read the CA file ${caFile} (named by ${config.caFileEnv ?? 'MESHPLANE_TRINO_CA_FILE'}): ${describeCause(cause)}`,
        { cause },
      );
    }
  }
  return {
    server,
    catalog: env[names.catalog] ?? '',
    user: env[names.user] ?? '',
    role: config.role ?? 'admin',
    lockLeaseMs: (config.lockLeaseSeconds ?? 30) * 1000,
    ...(password ? { password } : {}),
    ...(jwt ? { jwt } : {}),
    ...(ca ? { ca } : {}),
  };
}
