import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findGithubRoute, loadGithubOpenApi } from './github-openapi.js';
import { validateGithubRequest } from './validate-github-request.js';
import { openRepo, type GithubRepoState, type GithubServerState } from './github-state.js';
import { notFound, type HandlerResult, type Handlers } from './handler-types.js';
import { ISSUE_HANDLERS } from './issue-handlers.js';
import { CHECK_HANDLERS } from './check-handlers.js';
import { REVIEW_HANDLERS } from './review-handlers.js';
import { DEPLOYMENT_HANDLERS } from './deployment-handlers.js';
import { CODELOAD_PATH, GIT_HANDLERS, readCodeloadArchive } from './git-handlers.js';
import { PULL_HANDLERS } from './pull-handlers.js';
import { createInstallationToken } from './app-handlers.js';
import { createFaultQueue, describeFault, type GithubFault, type GithubHold } from './github-faults.js';
import { openPull, type PullOptions } from './open-pull.js';
import type { GithubPull } from './github-state.js';

/** One request the server received, in order. */
export interface GithubRequestRecord {
  method: string;
  path: string;
  /** The OpenAPI operationId (`issues/create`), when the route exists. */
  operationId?: string;
  body?: unknown;
  status: number;
  /** How the request authenticated: an app JWT, an installation token, another token, or not at all. */
  auth: 'jwt' | 'installation' | 'token' | 'none';
  /** When the request arrived (`performance.now()` of the test process), for latency measurements. */
  receivedAt: number;
}

/** A request GitHub would have rejected (or the harness cannot answer); a test fails while any is recorded. */
export interface GithubViolation {
  method: string;
  path: string;
  operationId?: string;
  reasons: string[];
}

/** The running local GitHub. */
export interface GithubServer {
  /** `http://127.0.0.1:<port>`: pass as Octokit's `baseUrl`. */
  url: string;
  state: GithubServerState;
  requests: GithubRequestRecord[];
  violations: GithubViolation[];
  /** The repository `owner/repo` (created empty when new). */
  repo(owner: string, repo: string): GithubRepoState;
  /** Queues a fault for an operation, by operationId (`issues/create`) or `METHOD /template`. */
  failNext(operation: string, fault: GithubFault): void;
  /** Holds the next calls to an operation until several are waiting, then answers them together (see GithubHold). */
  holdNext(operation: string, hold: GithubHold): void;
  /** Drops every queued fault and hold that has not fired yet (held requests are answered). */
  clearFaults(): void;
  /**
   * Serves `owner/repo`'s contents, trees, blobs, compare and pull-request files from the git repository in `dir`
   * (read with git at request time, so later commits show up).
   */
  serveGit(owner: string, repo: string, dir: string, defaultBranch?: string): GithubRepoState;
  /** Opens a pull request between two refs (or commits) of the served git repository; it is also an issue, as on GitHub. */
  openPull(owner: string, repo: string, options: PullOptions): GithubPull;
  /** Sets the clock used for created_at/updated_at/closed_at (default: the real time). */
  setNow(now: Date | undefined): void;
  /** Requests that changed state (POST, PATCH, PUT, DELETE). */
  writes(): GithubRequestRecord[];
  /** Throws, listing every violation, when any request was invalid. */
  assertNoViolations(): void;
  close(): Promise<void>;
}

const HANDLERS: Handlers = { ...ISSUE_HANDLERS, ...CHECK_HANDLERS, ...REVIEW_HANDLERS, ...DEPLOYMENT_HANDLERS, ...GIT_HANDLERS, ...PULL_HANDLERS };

/**
 * Starts a local server on 127.0.0.1 (free port) that speaks GitHub's REST API over real HTTP for tests: issues, issue
 * comments, labels, assignees, check runs and annotations, pull-request reviews and review requests, deployments and
 * deployment statuses, as in-memory state (`state`, or `repo(owner, name)`). Every request
 * is checked against GitHub's OpenAPI description (route, path and query parameters, JSON body): one GitHub would
 * reject is answered 404 (unknown route) or 422 (invalid) and recorded in `violations`; so is a query parameter the
 * operation does not take (GitHub would ignore it, so it is almost always a typo that a test should catch). A valid request for an
 * operation the harness does not implement is answered 501 and recorded too, so nothing passes silently.
 *
 * @example
 * const github = await startGithubServer();
 * const octokit = new Octokit({ baseUrl: github.url, auth: 'test' });
 * await octokit.rest.issues.create({ owner: 'daff', repo: 'mesh', title: 'x' });
 * github.assertNoViolations();
 * await github.close();
 */
export async function startGithubServer(): Promise<GithubServer> {
  const api = loadGithubOpenApi();
  const state: GithubServerState = { repos: new Map(), nextId: 1000, tokens: new Map() };
  const requests: GithubRequestRecord[] = [];
  const violations: GithubViolation[] = [];
  const faults = createFaultQueue();
  let clock: Date | undefined;

  const handle = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    const record: GithubRequestRecord = {
      method,
      path: url.pathname + url.search,
      status: 0,
      auth: describeAuth(state, req.headers.authorization),
      receivedAt: performance.now(),
    };
    requests.push(record);
    const send = (r: HandlerResult): void => {
      record.status = r.status;
      res.writeHead(r.status, { 'content-type': 'application/json; charset=utf-8', ...(r.headers ?? {}) });
      res.end(r.body === undefined ? '' : JSON.stringify(r.body));
    };
    const reject = (status: number, reasons: string[], operationId?: string): void => {
      violations.push({ method, path: record.path, ...(operationId ? { operationId } : {}), reasons });
      send({ status, body: { message: status === 404 ? 'Not Found' : 'Validation Failed', errors: reasons.map((r) => ({ message: r })) } });
    };
    if (method === 'GET' && url.pathname.startsWith(`${CODELOAD_PATH}/`)) {
      // `/_codeload/<owner>/<repo>/legacy.tar.gz/<commit>`: not the API, so not checked against its description.
      const [owner = '', name = '', , commit = ''] = url.pathname.slice(CODELOAD_PATH.length + 1).split('/');
      record.operationId = 'codeload';
      const served = state.repos.get(`${owner}/${name}`.toLowerCase());
      const archive = served ? readCodeloadArchive(served, commit) : undefined;
      record.status = archive ? 200 : 404;
      res.writeHead(record.status, { 'content-type': archive ? 'application/x-gzip' : 'text/plain' });
      res.end(archive ?? 'Not Found');
      return;
    }
    let body: unknown;
    try {
      body = raw.length > 0 ? JSON.parse(raw) : undefined;
      if (body !== undefined) record.body = body;
    } catch {
      return reject(400, ['the body is not JSON']);
    }
    const found = findGithubRoute(api, method, url.pathname);
    if (!found) return reject(404, [`GitHub has no route ${method} ${url.pathname}`]);
    const { route, params } = found;
    record.operationId = route.operationId;
    const query = Object.fromEntries(url.searchParams);
    const reasons = validateGithubRequest(api, route, { params, query, body });
    if (reasons.length > 0) return reject(422, reasons, route.operationId);
    if (route.operationId === 'apps/create-installation-access-token') {
      if (record.auth !== 'jwt') return send({ status: 401, body: { message: 'A JSON web token could not be decoded' } });
      return send(createInstallationToken(state, Number(params.installation_id), clock ?? new Date()));
    }
    if (url.pathname.startsWith('/repos/') && record.auth === 'jwt')
      return reject(403, ['a repository route called with the app JWT instead of an installation token'], route.operationId);
    const handler = HANDLERS[route.operationId];
    if (!handler) return reject(501, [`the harness does not implement ${route.operationId}`], route.operationId);
    await faults.waitForHold(route.operationId, `${method} ${route.template}`);
    const fault = faults.takeFault(route.operationId, `${method} ${route.template}`);
    if (fault && !fault.afterPerforming) return send(describeFault(fault));
    const repo = params.owner && params.repo ? openRepo(state, params.owner, params.repo) : undefined;
    if (!repo) return send(notFound());
    const now = (clock ?? new Date()).toISOString();
    const apiUrl = `http://${req.headers.host ?? '127.0.0.1'}`;
    const result = handler({ state, repo, params, url, body: (body ?? {}) as Record<string, unknown>, now, apiUrl });
    send(fault ? describeFault(fault) : result);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    handle(req, res, url).catch((e: unknown) => {
      violations.push({ method: req.method ?? 'GET', path: url.pathname, reasons: [`the harness failed: ${e instanceof Error ? e.stack : String(e)}`] });
      if (!res.headersSent) res.writeHead(500).end('{"message":"harness error"}');
    });
  });
  // Idle connections are closed by the client, never first by this server: it shares its process and event loop with
  // the app under test, and a timer that fires late under load (the 38 678 blobs of a 10 000-product catalog) would
  // close a socket the client is already reusing (ECONNRESET), a fault GitHub does not have.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    state,
    requests,
    violations,
    repo: (owner, repo) => openRepo(state, owner, repo),
    serveGit(owner, repo, dir, defaultBranch = 'main') {
      const r = openRepo(state, owner, repo);
      r.gitDir = dir;
      r.defaultBranch = defaultBranch;
      return r;
    },
    openPull: (owner, repo, options) => openPull(state, openRepo(state, owner, repo), options, (clock ?? new Date()).toISOString()),
    failNext: (operation, fault) => faults.addFault(operation, fault),
    holdNext: (operation, hold) => faults.addHold(operation, hold),
    clearFaults: () => faults.clear(),
    setNow(now) {
      clock = now;
    },
    writes: () => requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD'),
    assertNoViolations() {
      if (violations.length === 0) return;
      const lines = violations.map((v) => `${v.method} ${v.path}${v.operationId ? ` (${v.operationId})` : ''}: ${v.reasons.join('; ')}`);
      throw new Error(`The local GitHub server saw ${violations.length} request(s) GitHub would reject:\n${lines.join('\n')}`);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

function describeAuth(state: GithubServerState, header: string | undefined): GithubRequestRecord['auth'] {
  if (!header) return 'none';
  const value = header.replace(/^(bearer|token)\s+/i, '');
  if (/^[\w-]+\.[\w-]+\.[\w-]+$/.test(value)) return 'jwt';
  return state.tokens.has(value) ? 'installation' : 'token';
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
