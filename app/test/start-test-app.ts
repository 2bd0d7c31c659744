import { createHmac, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Probot, ProbotOctokit } from 'probot';
import { copyExampleMesh, copyMeshFolder, git, startGithubServer, type GithubPull, type GithubServer, type TempRepo } from '@meshplane/testkit';
import { createMeshplaneApp, startAppServer, WEBHOOK_PATH, type AppLog, type AppServer, type MeshplaneApp } from '../src/index.js';

const require = createRequire(import.meta.url);
const EXAMPLES = require('@octokit/webhooks-examples') as Array<{ name: string; examples: Array<Record<string, unknown>> }>;

export const OWNER = 'daff';
export const REPO = 'mesh';
export const INSTALLATION_ID = 4242;
export const SECRET = 'test-webhook-secret';

/** A structured log kept in memory, to assert on what the app logged. */
export interface MemoryLog extends AppLog {
  lines: Array<{ level: string; msg?: string; [k: string]: unknown }>;
}

/** The app running over real HTTP against the local GitHub, on a git repository holding a copy of the example mesh. */
export interface TestApp {
  github: GithubServer;
  repo: TempRepo;
  app: MeshplaneApp;
  server: AppServer;
  log: MemoryLog;
  /** The app's data folder (policy bundle cache, DuckDB platform files). */
  dataDir: string;
  /** Commits the work tree of the fixture repository on `branch` (created from `from`, default main). */
  commit(branch: string, edit: (repo: TempRepo) => void, options?: { from?: string; message?: string }): string;
  openPull(head: string, options?: { title?: string; headRepo?: string; author?: string }): GithubPull;
  /** Signs and POSTs a webhook; resolves with the HTTP status once the app's queued work is done. */
  deliver(name: string, payload: Record<string, unknown>, options?: { id?: string; signature?: string }): Promise<number>;
  /** A real example payload of @octokit/webhooks-examples, adjusted to the fixture repository. */
  payload(name: string, action: string | undefined, patch: Record<string, unknown>): Record<string, unknown>;
  pullPayload(action: string, pull: GithubPull, extra?: Record<string, unknown>): Record<string, unknown>;
  /** An `issue_comment.created` payload: `body` commented on the pull request by `login` (a `Bot` when it ends in [bot]). */
  commentPayload(pull: GithubPull, body: string, login?: string): Record<string, unknown>;
  close(): Promise<void>;
}

/** The test app's private key (PEM): the local GitHub accepts any app JWT, but Probot signs one with it. */
export const PRIVATE_KEY = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
}).privateKey;

/**
 * POSTs a webhook to an app at `url` as GitHub delivers it: JSON, its event name, a delivery id, and the body's
 * signature with {@link SECRET} (or `signature`, to forge one). Resolves with the HTTP status once answered.
 */
export async function postWebhook(url: string, name: string, body: Record<string, unknown>, o: { id: string; signature?: string }): Promise<number> {
  const raw = JSON.stringify(body);
  const res = await fetch(`${url}${WEBHOOK_PATH}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': name,
      'x-github-delivery': o.id,
      'x-hub-signature-256': o.signature ?? `sha256=${createHmac('sha256', SECRET).update(raw).digest('hex')}`,
    },
    body: raw,
  });
  await res.text();
  return res.status;
}

/**
 * One app for the whole test file: started before its first test, closed after its last, and every request the app
 * made checked against GitHub's OpenAPI description at the end. The handle is filled when the app has started.
 */
export function useTestApp(options: Parameters<typeof startTestApp>[0] = {}): TestApp {
  const handle = {} as TestApp;
  let started = false;
  beforeAll(async () => {
    Object.assign(handle, await startTestApp(options));
    started = true;
  }, 120_000);
  afterAll(async () => {
    if (!started) return;
    handle.github.assertNoViolations();
    await handle.close();
  });
  return handle;
}

/** Starts the local GitHub, the fixture repository and Meshplane's app (throttling off, as Probot's tests need). */
export async function startTestApp(
  options: { now?: Date; env?: Record<string, string | undefined>; dataDir?: string; meshDir?: string; checkRunInProgressAfterMs?: number } = {},
): Promise<TestApp> {
  const github = await startGithubServer();
  // The example mesh, or the catalog and policies of the mesh at `meshDir` (the bench's generated ones).
  const repo = options.meshDir ? copyMeshFolder(options.meshDir) : copyExampleMesh({ policies: true });
  git(repo.dir, 'init', '-q', '-b', 'main');
  git(repo.dir, 'add', '-A');
  git(repo.dir, 'commit', '-q', '-m', options.meshDir ? 'the mesh' : 'the example mesh');
  github.serveGit(OWNER, REPO, repo.dir, 'main');
  const log: MemoryLog = {
    lines: [],
    info: (obj, msg) => log.lines.push({ level: 'info', ...obj, ...(msg ? { msg } : {}) }),
    warn: (obj, msg) => log.lines.push({ level: 'warn', ...obj, ...(msg ? { msg } : {}) }),
    error: (obj, msg) => log.lines.push({ level: 'error', ...obj, ...(msg ? { msg } : {}) }),
  };
  const TestOctokit = ProbotOctokit.defaults((o: Record<string, unknown>) => ({
    ...o,
    throttle: { ...(o.throttle as object), enabled: false },
    retry: { enabled: false },
  }));
  const probot = new Probot({ appId: 123, privateKey: PRIVATE_KEY, secret: SECRET, baseUrl: github.url, logLevel: 'fatal', Octokit: TestOctokit });
  const ownData = !options.dataDir;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'meshplane-app-'));
  const now = options.now ?? new Date('2026-11-22T12:00:00Z');
  // Check runs go in progress at once unless a test says otherwise: what the tests see does not hang on timing.
  const app = createMeshplaneApp({
    dataDir,
    now: () => now,
    blobs: new Map(),
    log,
    env: options.env ?? {},
    checkRunInProgressAfterMs: options.checkRunInProgressAfterMs ?? 0,
  });
  const server = await startAppServer(probot, app, { port: 0, host: '127.0.0.1' });
  let deliveries = 0;

  const repository = (): Record<string, unknown> => ({
    id: 99,
    node_id: 'R_99',
    name: REPO,
    full_name: `${OWNER}/${REPO}`,
    private: false,
    owner: { login: OWNER, id: 7, type: 'Organization' },
    default_branch: 'main',
    html_url: `https://github.com/${OWNER}/${REPO}`,
  });
  const payload: TestApp['payload'] = (name, action, patch) => {
    const group = EXAMPLES.find((e) => e.name === name);
    const example = group?.examples.find((x) => x.action === action);
    if (!example) throw new Error(`no ${name}.${action} example`);
    return { ...structuredClone(example), repository: repository(), installation: { id: INSTALLATION_ID, node_id: 'I_1' }, ...patch };
  };
  const describePull = (pull: GithubPull): Record<string, unknown> => {
    const base = payload('pull_request', 'opened', {}).pull_request as Record<string, unknown>;
    const side = (s: GithubPull['base'], example: unknown): Record<string, unknown> => ({
      ...(example as object),
      ref: s.ref,
      sha: s.sha,
      label: `${s.repo.split('/')[0]}:${s.ref}`,
      repo: {
        ...repository(),
        name: s.repo.split('/')[1],
        full_name: s.repo,
        owner: { login: s.repo.split('/')[0], id: 8, type: 'User' },
        fork: s.repo !== `${OWNER}/${REPO}`,
      },
    });
    return {
      ...base,
      number: pull.number,
      title: pull.title,
      state: pull.state,
      draft: pull.draft,
      user: { ...(base.user as object), login: pull.user.login },
      base: side(pull.base, base.base),
      head: side(pull.head, base.head),
    };
  };
  return {
    github,
    repo,
    app,
    server,
    log,
    dataDir,
    commit(branch, edit, o = {}) {
      const exists = git(repo.dir, 'branch', '--list', branch).trim() !== '';
      git(repo.dir, 'checkout', '-q', ...(exists ? [branch] : ['-b', branch, o.from ?? 'main']));
      edit(repo);
      git(repo.dir, 'add', '-A');
      git(repo.dir, 'commit', '-q', '--allow-empty', '-m', o.message ?? `change on ${branch}`);
      const sha = git(repo.dir, 'rev-parse', 'HEAD').trim();
      git(repo.dir, 'checkout', '-q', 'main');
      return sha;
    },
    openPull: (head, o = {}) =>
      github.openPull(OWNER, REPO, { head, title: o.title ?? `Change ${head}`, ...(o.headRepo ? { headRepo: o.headRepo } : {}), author: o.author ?? 'maria' }),
    payload,
    pullPayload: (action, pull, extra = {}) =>
      payload('pull_request', action === 'edited' ? 'opened' : action, { action, number: pull.number, pull_request: describePull(pull), ...extra }),
    commentPayload(pull, body, login = 'maria') {
      const example = payload('issue_comment', 'created', {});
      const comment = example.comment as { user: object };
      return {
        ...example,
        issue: {
          ...(example.issue as object),
          number: pull.number,
          pull_request: { url: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/${pull.number}` },
        },
        comment: { ...comment, body, user: { ...comment.user, login, type: login.endsWith('[bot]') ? 'Bot' : 'User' } },
      };
    },
    async deliver(name, body, o = {}) {
      deliveries += 1;
      const status = await postWebhook(server.url, name, body, { ...o, id: o.id ?? `delivery-${deliveries}-${Date.now()}` });
      await app.queue.onIdle();
      return status;
    },
    async close() {
      await server.close();
      await github.close();
      repo.remove();
      if (ownData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
