import { spawn, execFileSync } from 'node:child_process';
import { createSign, generateKeyPairSync, pbkdf2Sync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { findTrinoHome, findTrinoJava } from './find-trino.js';
import { findFreePort } from './find-free-port.js';

/** A Trino server the tests started. */
export interface TestTrino {
  /** `http://127.0.0.1:<port>`: any user name is accepted, no password (Trino's insecure HTTP authentication). */
  url: string;
  /**
   * `https://127.0.0.1:<port>`, with a self-signed certificate: password authentication against
   * {@link TRINO_PASSWORDS}, or a JSON Web Token signed with {@link TestTrino.jwtKey}.
   */
  httpsUrl: string;
  /** The self-signed certificate (PEM) of the https port. */
  ca: string;
  /** The private key (PEM) whose RS256 JSON Web Tokens the https port accepts (JWT authentication). */
  jwtKey: string;
  /** Where each new Hive catalog keeps its files (`local:///<name>` inside it). */
  dataDir: string;
  /** The server's log (kept until it stops). */
  logFile: string;
  stop(): Promise<void>;
}

/** The users the https port knows, with their passwords (test-only). */
export const TRINO_PASSWORDS: Record<string, string> = { admin: 'admin-test-only', alice: 'alice-test-only' };

/** `user:iterations:salt:hash` lines (PBKDF2 with HMAC-SHA1, hex, as Trino's file authenticator reads them). */
function renderPasswordFile(): string {
  return Object.entries(TRINO_PASSWORDS)
    .map(([user, password]) => {
      const salt = randomBytes(16);
      return `${user}:1000:${salt.toString('hex')}:${pbkdf2Sync(password, salt, 1000, 64, 'sha1').toString('hex')}\n`;
    })
    .join('');
}

/**
 * Starts a throw-away single-node Trino on free loopback ports, with dynamic catalogs (tests create a Hive catalog
 * each, so every test starts from an empty platform), a `memory` catalog, and the OpenLineage event listener posting
 * to `lineageUrl`. Returns once the JVM is spawned; {@link waitForTrino} waits until it answers (25–35 s), so other
 * tests run meanwhile. Stops on SIGTERM in about three seconds.
 */
export async function startTrino(options: { lineageUrl: string }): Promise<TestTrino> {
  const java = findTrinoJava();
  if (!java) throw new Error('No Java 24+ JDK found to run Trino.');
  const home = findTrinoHome();
  const dir = mkdtempSync(join(tmpdir(), 'meshplane-trino-'));
  const [port, httpsPort] = [await findFreePort(), await findFreePort()];
  const etc = join(dir, 'etc');
  mkdirSync(join(etc, 'catalog'), { recursive: true });
  mkdirSync(join(dir, 'data'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'pipe' },
  );
  const cert = execFileSync('cat', [join(dir, 'cert.pem')], { encoding: 'utf8' });
  const jwt = generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(join(dir, 'jwt-public.pem'), jwt.publicKey.export({ type: 'spki', format: 'pem' }));
  writeFileSync(join(dir, 'server.pem'), execFileSync('cat', [join(dir, 'key.pem'), join(dir, 'cert.pem')], { encoding: 'utf8' }));
  const properties = (lines: Record<string, string | number>): string =>
    Object.entries(lines)
      .map(([k, v]) => `${k}=${v}\n`)
      .join('');
  writeFileSync(
    join(etc, 'config.properties'),
    properties({
      coordinator: 'true',
      'node-scheduler.include-coordinator': 'true',
      'http-server.http.port': port,
      'http-server.https.enabled': 'true',
      'http-server.https.port': httpsPort,
      'http-server.https.keystore.path': join(dir, 'server.pem'),
      'http-server.authentication.type': 'PASSWORD,JWT',
      'http-server.authentication.jwt.key-file': join(dir, 'jwt-public.pem'),
      'http-server.authentication.allow-insecure-over-http': 'true',
      'internal-communication.shared-secret': randomBytes(24).toString('hex'),
      'discovery.uri': `http://127.0.0.1:${port}`,
      'node.environment': 'meshplane_test',
      'node.id': 'meshplane-test',
      'node.bind-ip': '127.0.0.1',
      'node.internal-address': '127.0.0.1',
      'plugin.dir': join(home, 'plugin'),
      'catalog.management': 'dynamic',
      'event-listener.config-files': join(etc, 'openlineage.properties'),
      'password-authenticator.config-files': join(etc, 'password-authenticator.properties'),
      'query.max-memory': '1GB',
      'query.max-memory-per-node': '512MB',
    }),
  );
  writeFileSync(join(etc, 'catalog-store.properties'), properties({ 'catalog.config-dir': join(etc, 'catalog') }));
  writeFileSync(join(etc, 'catalog', 'memory.properties'), properties({ 'connector.name': 'memory' }));
  writeFileSync(join(etc, 'password.db'), renderPasswordFile());
  writeFileSync(
    join(etc, 'password-authenticator.properties'),
    properties({ 'password-authenticator.name': 'file', 'file.password-file': join(etc, 'password.db') }),
  );
  writeFileSync(
    join(etc, 'openlineage.properties'),
    properties({
      'event-listener.name': 'openlineage',
      'openlineage-event-listener.transport.type': 'HTTP',
      'openlineage-event-listener.transport.url': options.lineageUrl,
      'openlineage-event-listener.trino.uri': `http://127.0.0.1:${port}`,
      'openlineage-event-listener.trino.include-query-types': 'SELECT,INSERT,DELETE,MERGE,UPDATE,DATA_DEFINITION,ALTER_TABLE_EXECUTE',
    }),
  );
  writeFileSync(join(etc, 'log.properties'), 'io.trino=WARN\nio.trino.server.Server=INFO\n');
  const log = openSync(join(dir, 'server.log'), 'a');
  const server = spawn(
    join(java, 'bin', 'java'),
    [
      '-Xmx2G',
      '-XX:+UseG1GC',
      // The tests send small metadata statements: the C1 compiler alone spares two busy cores the C2 compilations
      // (the Trino contract suite took 54–67 s with it, 88–92 s without, on the same loaded machine).
      '-XX:TieredStopAtLevel=1',
      '-XX:+ExitOnOutOfMemoryError',
      '-Djdk.attach.allowAttachSelf=true',
      `-Dconfig=${join(etc, 'config.properties')}`,
      `-Dlog.levels-file=${join(etc, 'log.properties')}`,
      '-cp',
      `${join(home, 'lib')}/*`,
      'io.trino.server.TrinoServer',
    ],
    { cwd: dir, stdio: ['ignore', log, log], env: { ...process.env, JAVA_HOME: java } },
  );
  const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
  const stop = async (): Promise<void> => {
    server.kill('SIGTERM');
    if ((await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)])) === false) server.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  // Marks an early exit for waitForTrino; after stop() the folder is gone, and so is the need.
  void exited.then(() => existsSync(dir) && writeFileSync(join(dir, 'exited'), ''));
  return {
    url: `http://127.0.0.1:${port}`,
    httpsUrl: `https://127.0.0.1:${httpsPort}`,
    ca: cert,
    jwtKey: jwt.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    dataDir: join(dir, 'data'),
    logFile: join(dir, 'server.log'),
    stop,
  };
}

/** Polls /v1/info until the server says it has started (two minutes at most); returns how long it waited. */
export async function waitForTrino(trino: Pick<TestTrino, 'url' | 'logFile'>): Promise<number> {
  const started = Date.now();
  const deadline = started + 120_000;
  while (Date.now() < deadline && !existsSync(join(dirname(trino.logFile), 'exited'))) {
    const info = (await fetch(`${trino.url}/v1/info`)
      .then((r) => (r.ok ? r.json() : undefined))
      .catch(() => undefined)) as { starting?: boolean } | undefined;
    if (info && info.starting === false) return Date.now() - started;
    await sleep(500);
  }
  const tail = existsSync(trino.logFile) ? readFileSync(trino.logFile, 'utf8').slice(-3000) : '(no log)';
  throw new Error(`Trino did not start within two minutes; the end of its log ${trino.logFile}:\n${tail}`);
}

/** An RS256 JSON Web Token for `user`, valid for an hour, signed with `key` (a PEM private key). */
export function signTrinoJwt(user: string, key: string): string {
  const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const body = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ sub: user, iat: now, exp: now + 3600 })}`;
  return `${body}.${createSign('RSA-SHA256').update(body).sign(key).toString('base64url')}`;
}
