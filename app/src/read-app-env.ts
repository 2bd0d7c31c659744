import { readFileSync } from 'node:fs';

/** The app's settings, from the environment (README: "Running the GitHub App"). */
export interface AppEnv {
  appId: string;
  privateKey: string;
  webhookSecret: string;
  port: number;
  host: string;
  /** GitHub's REST API root: https://api.github.com, or GitHub Enterprise Server's `https://HOST/api/v3`. */
  baseUrl: string;
  logLevel: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';
  /** `json` (default: one structured line per event, for log shippers) or `pretty` for a terminal. */
  logFormat: 'json' | 'pretty';
  dataDir: string;
}

/** A missing or malformed setting: the app does not start, and says which and how to set it. */
export class AppEnvError extends Error {}

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;

/** Reads and checks the app's environment variables. */
export function readAppEnv(env: Record<string, string | undefined>): AppEnv {
  const problems: string[] = [];
  const need = (name: string, what: string): string => {
    const v = env[name];
    if (!v) problems.push(`${name}: ${what}`);
    return v ?? '';
  };
  const appId = need('APP_ID', 'the GitHub App\'s id (its settings page, "App ID")');
  let privateKey = env.PRIVATE_KEY?.replace(/\\n/g, '\n') ?? '';
  if (!privateKey && env.PRIVATE_KEY_PATH) {
    try {
      privateKey = readFileSync(env.PRIVATE_KEY_PATH, 'utf8');
    } catch (e) {
      problems.push(`PRIVATE_KEY_PATH: cannot read ${env.PRIVATE_KEY_PATH} (${e instanceof Error ? e.message : String(e)})`);
    }
  } else if (!privateKey) problems.push("PRIVATE_KEY or PRIVATE_KEY_PATH: the app's private key (PEM), generated on its settings page");
  if (privateKey && !/-----BEGIN (RSA )?PRIVATE KEY-----/.test(privateKey)) problems.push('PRIVATE_KEY: not a PEM private key');
  const webhookSecret = need('WEBHOOK_SECRET', 'the webhook secret set on the app (deliveries without a valid signature are refused)');
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`PORT: \`${env.PORT}\` is not a port number`);
  const logLevel = (env.LOG_LEVEL ?? 'info') as AppEnv['logLevel'];
  if (!LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL: one of ${LEVELS.join(', ')}`);
  const logFormat = (env.LOG_FORMAT ?? 'json') as AppEnv['logFormat'];
  if (logFormat !== 'json' && logFormat !== 'pretty') problems.push('LOG_FORMAT: json or pretty');
  if (problems.length > 0) throw new AppEnvError(`Meshplane's app cannot start; set these environment variables:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return {
    appId,
    privateKey,
    webhookSecret,
    port,
    host: env.HOST ?? '0.0.0.0',
    baseUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    logLevel,
    logFormat,
    dataDir: env.MESHPLANE_DATA_DIR ?? '.meshplane/app',
  };
}
