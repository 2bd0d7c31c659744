import type { QueryError, Trino } from 'trino-client';
import { loadTrino } from './load-drivers.js';
import { describeCause, PlatformError } from './platform-error.js';

/** Where and as whom a Trino session connects. Secrets come from the environment, never the repository. */
export interface TrinoConnection {
  /** `https://host:8443` (or `http://` on a trusted network). */
  server: string;
  catalog: string;
  user: string;
  /** HTTP basic authentication (password authentication over https). */
  password?: string;
  /** A JSON Web Token, sent as a bearer token. */
  jwt?: string;
  /** PEM certificate authorities to trust for https. */
  ca?: string;
  /** The catalog role to act in (`X-Trino-Role: <catalog>=ROLE{<role>}`); creating roles and granting need `admin`. */
  role?: string;
  /** How long one statement may take before the session gives up (default 120 s). */
  timeoutMs?: number;
}

/** A Trino error: the engine's stable error name (`PERMISSION_DENIED`, `ROLE_ALREADY_EXISTS`) and its message. */
export class TrinoQueryError extends Error {
  readonly errorName: string;

  constructor(error: QueryError) {
    super(error.message);
    this.name = 'TrinoQueryError';
    this.errorName = error.errorName;
  }
}

/** One row, by column name. */
export type TrinoRow = Record<string, unknown>;

/** Runs statements on one Trino server; each runs to completion before the next. */
export interface TrinoSession {
  readonly location: string;
  /** Runs one statement; rejects with {@link TrinoQueryError} when Trino refuses it, or a PlatformError when unreachable. */
  run(sql: string): Promise<TrinoRow[]>;
}

/**
 * Opens a session over trino-client. trino-client reports a failed statement as a result with an `error` field, not a
 * rejection, and throws axios errors (which carry the request, password included) for network faults: both are turned
 * into errors here whose messages never hold a secret.
 */
export function openTrinoSession(c: TrinoConnection): TrinoSession {
  const headers: Record<string, string> = { 'X-Trino-Time-Zone': 'UTC' };
  if (c.role) headers['X-Trino-Role'] = `${c.catalog}=ROLE{${c.role}}`;
  if (c.jwt) headers.Authorization = `Bearer ${c.jwt}`;
  // The client library is loaded with the first statement, so a command that never talks to Trino never loads it.
  let client: Promise<Trino> | undefined;
  const connect = (): Promise<Trino> =>
    (client ??= loadTrino().then(({ BasicAuth, Trino }) =>
      Trino.create({
        server: c.server,
        catalog: c.catalog,
        source: 'meshplane',
        ...(c.jwt ? { extraHeaders: { ...headers, 'X-Trino-User': c.user } } : { auth: new BasicAuth(c.user, c.password), extraHeaders: headers }),
        ...(c.ca ? { ssl: { ca: c.ca } } : {}),
      }),
    ));
  const location = describeTrinoLocation(c.server, c.catalog);
  const timeoutMs = c.timeoutMs ?? 120_000;
  return {
    location,
    async run(sql) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new PlatformError('connection-lost', `Trino at ${location} did not answer within ${timeoutMs} ms.`)), timeoutMs);
      });
      try {
        return await Promise.race([connect().then((t) => collectRows(t, sql, location)), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

async function collectRows(client: Trino, sql: string, location: string): Promise<TrinoRow[]> {
  const rows: TrinoRow[] = [];
  try {
    let names: string[] = [];
    for await (const result of await client.query(sql)) {
      if (result.error) throw new TrinoQueryError(result.error);
      if (result.columns) names = result.columns.map((col) => col.name);
      for (const data of result.data ?? []) rows.push(Object.fromEntries(names.map((n, i) => [n, data[i]])));
    }
    return rows;
  } catch (cause) {
    if (cause instanceof TrinoQueryError) throw cause;
    throw describeTransportFault(cause, location);
  }
}

/** A network or HTTP fault as a PlatformError: wrong credentials, a refused or unknown host, an unexpected answer. */
function describeTransportFault(cause: unknown, location: string): PlatformError {
  const e = cause as { code?: string; response?: { status?: number } };
  const status = e.response?.status;
  if (status === 401 || status === 403) {
    return new PlatformError('auth-failed', `Trino at ${location} refused the credentials (HTTP ${status}): check the user, password or token variables.`);
  }
  // Only the code and the status: axios' message and fields can hold the request, and with it the password.
  const what = status ? `HTTP ${status}` : (e.code ?? describeCause(cause).split('\n')[0]?.slice(0, 200));
  return new PlatformError('unreachable', `Cannot reach Trino at ${location}: ${what}.`);
}

/** `host:port, catalog c` of a server URL, without credentials. */
export function describeTrinoLocation(server: string, catalog: string): string {
  try {
    const url = new URL(server);
    return `Trino ${url.protocol}//${url.host} catalog ${catalog}`;
  } catch {
    return `Trino (the configured server) catalog ${catalog}`;
  }
}
