/**
 * Meshplane's GitHub App as production runs it: `app/dist/main.js` in its own process, configured from the environment
 * (README: "Running the GitHub App"), talking to a GitHub over HTTP (the testkit's local one). Tests use it to check
 * what only the real entry point does; the bench measures the app with it, so the local GitHub's synchronous `git`
 * calls do not block the app, as github.com's work never does. `BENCH_APP_LOG=1` copies the app's log to stderr;
 * `BENCH_APP_PROFILE=<folder>` writes the app's CPU profile there when it stops.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from '@meshplane/testkit';
import { postWebhook, PRIVATE_KEY, SECRET } from './start-test-app.js';

export interface AppProcess {
  url: string;
  /** Signs and POSTs a webhook ({@link postWebhook}), then waits until `/healthz` reports no queued or running job. */
  deliver(name: string, payload: Record<string, unknown>): Promise<number>;
  /** The app's JSON log lines so far. */
  log(): Array<{ msg?: string; level?: number; [k: string]: unknown }>;
  close(): Promise<void>;
}

export async function startAppProcess(githubUrl: string): Promise<AppProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'meshplane-app-process-'));
  const child = spawn(
    process.execPath,
    [...(process.env.BENCH_APP_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_APP_PROFILE}`] : []), join(REPO_ROOT, 'app/dist/main.js')],
    {
      env: {
        ...process.env,
        APP_ID: '123',
        PRIVATE_KEY,
        WEBHOOK_SECRET: SECRET,
        GITHUB_API_URL: githubUrl,
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'info',
        LOG_FORMAT: 'json',
        MESHPLANE_DATA_DIR: dataDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const errors: string[] = [];
  child.stderr?.on('data', (d: Buffer) => {
    errors.push(d.toString());
    if (process.env.BENCH_APP_LOG) process.stderr.write(`app stderr: ${d.toString()}`);
  });
  const log: Array<{ msg?: string; level?: number }> = [];
  const url = await readListeningUrl(child, errors, log);
  let deliveries = 0;
  const idle = async (): Promise<void> => {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode}): ${errors.join('').trim()}`);
      if ((await readQueued(url)) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  return {
    url,
    log: () => [...log],
    async deliver(name, payload) {
      deliveries += 1;
      const status = await postWebhook(url, name, payload, { id: `process-${deliveries}-${Date.now()}` });
      await idle();
      return status;
    },
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The jobs the app reports queued or running (`GET /healthz`), on a connection of its own. */
function readQueued(url: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    get(`${url}/healthz`, { agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => {
        try {
          resolve((JSON.parse(body) as { queued?: number }).queued);
        } catch {
          reject(new Error(`/healthz answered ${res.statusCode} with ${body.slice(0, 200)}`));
        }
      });
    }).on('error', reject);
  });
}

/** The URL from the app's "listening" log line; rejects when the app exits first. */
function readListeningUrl(child: ChildProcess, errors: string[], log: Array<{ msg?: string; url?: string }>): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      if (process.env.BENCH_APP_LOG) process.stderr.write(`app: ${line.slice(0, 300)}\n`);
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        log.push(entry);
        if (entry.msg === 'Meshplane app listening' && entry.url) resolve(entry.url);
      } catch {
        // Not a log line.
      }
    });
    child.once('exit', (code) => reject(new Error(`the app exited (${code}) before listening: ${errors.join('').trim()}`)));
  });
}
