import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from './find-free-port.js';

/** A PostgreSQL server the tests started: a superuser connection string, and how to stop it. */
export interface TestPostgres {
  /** `postgres://…@127.0.0.1:<port>/postgres` as the superuser. */
  url: string;
  port: number;
  /** A connection string for another user or database on the same server. */
  urlFor(options: { user?: string; password?: string; database?: string }): string;
  stop(): void;
}

const ADMIN = 'meshplane_admin';
const PASSWORD = 'meshplane-test-only';

/** Finds Debian's PostgreSQL server binaries (`/usr/lib/postgresql/<v>/bin`), newest first, or initdb on PATH. */
export function findPostgresBin(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(base, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  return which.status === 0 ? join(which.stdout.trim(), '..') : undefined;
}

/** A connection string to the test server on `port`: the superuser unless another user is named. */
export function buildPostgresUrl(port: number, o: { user?: string; password?: string; database?: string } = {}): string {
  return `postgres://${encodeURIComponent(o.user ?? ADMIN)}:${encodeURIComponent(o.password ?? PASSWORD)}@127.0.0.1:${port}/${o.database ?? 'postgres'}`;
}

/**
 * Starts a real, throw-away PostgreSQL server on a free localhost port: initdb into a temporary folder with password
 * (SCRAM) logins, so tests can log in as the roles Meshplane grants to. PostgreSQL refuses to run as root, so as root
 * the server runs as the `postgres` system user. Install the server with `scripts/setup-postgres.sh`.
 */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error("PostgreSQL server binaries not found (initdb). Run scripts/setup-postgres.sh, which installs Debian's postgresql package.");
  const dir = mkdtempSync(join(tmpdir(), 'meshplane-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]): void => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
    execFileSync(file, argv, { stdio: 'pipe', cwd: dir });
  };
  writeFileSync(join(dir, 'pw'), PASSWORD);
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
    chownSync(join(dir, 'pw'), uid, gid);
  }
  chmodSync(dir, 0o700);
  run('initdb', ['-D', join(dir, 'data'), '-U', ADMIN, '--auth=scram-sha-256', `--pwfile=${join(dir, 'pw')}`, '-E', 'UTF8', '--locale=C']);
  const port = await findFreePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50`;
  run('pg_ctl', ['-D', join(dir, 'data'), '-o', options, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  const urlFor = (o: { user?: string; password?: string; database?: string }): string => buildPostgresUrl(port, o);
  return {
    url: urlFor({}),
    port,
    urlFor,
    stop() {
      try {
        run('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
