import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { REPO_ROOT } from '@meshplane/testkit';

/** What one run of an action's entry point left behind, read the way GitHub reads it. */
export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Step outputs parsed from the GITHUB_OUTPUT file. */
  outputs: Record<string, string>;
  /** The job summary file's content. */
  summary: string;
  /** Workflow-command annotations printed to stdout (`::error …::…`). */
  annotations: { level: string; properties: string; message: string }[];
}

/**
 * Runs `actions/<name>/dist/index.js`, the committed bundle action.yml runs (kept current by scripts/build-actions.mjs;
 * actions/test/action-bundles.test.ts fails while it is stale; or `script`, such a bundle elsewhere), as the runner runs a step: in `cwd` (the workspace), with the
 * inputs as `INPUT_*` variables, fresh `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` files and `RUNNER_TEMP`, plus `env`.
 * Asynchronous, so servers the test runs in its own process (the local GitHub) keep answering meanwhile.
 */
export async function runActionEntry(
  name: string,
  options: { cwd: string; inputs?: Record<string, string>; env?: Record<string, string>; timeoutMs?: number; script?: string },
): Promise<ActionRun> {
  const runner = mkdtempSync(join(tmpdir(), 'meshplane-runner-'));
  const outputFile = join(runner, 'output');
  const summaryFile = join(runner, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputs = Object.fromEntries(Object.entries(options.inputs ?? {}).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]));
  const r = await runNode([options.script ?? join(REPO_ROOT, 'actions', name, 'dist/index.js')], {
    cwd: options.cwd,
    timeoutMs: options.timeoutMs ?? 120_000,
    env: {
      ...withoutRunnerVariables(process.env),
      NO_COLOR: '1',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: options.cwd,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: runner,
      ...inputs,
      ...options.env,
    },
  });
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    annotations: [...r.stdout.matchAll(/^::(error|warning|notice)( [^:]*)?::(.*)$/gm)].map((m) => ({
      level: m[1] as string,
      properties: (m[2] ?? '').trim(),
      message: m[3] as string,
    })),
  };
}

/** Parses the GITHUB_OUTPUT file format: `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2] as string, i + 1);
      if (end < 0) throw new Error(`Output ${heredoc[1]} has no closing delimiter`);
      out[heredoc[1] as string] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
  }
  return out;
}

/**
 * A real `pull_request` `opened` payload from @octokit/webhooks-examples, pointed at the fixture's commits, written to a
 * file for `GITHUB_EVENT_PATH`. `title` replaces the pull request's title (tests pass hostile ones).
 */
export function writePullRequestEvent(options: { baseSha: string; headSha: string; title?: string; labels?: string[] }): string {
  // The package's main file is the JSON of every event's examples (its typings describe an ESM default export it lacks).
  const file = createRequire(import.meta.url).resolve('@octokit/webhooks-examples');
  const definitions = JSON.parse(readFileSync(file, 'utf8')) as { name: string; examples: { action?: string }[] }[];
  const example = definitions.find((d) => d.name === 'pull_request')?.examples.find((e) => e.action === 'opened');
  if (!example) throw new Error('@octokit/webhooks-examples has no pull_request opened example');
  const event = structuredClone(example) as {
    pull_request: { title: string; base: { sha: string; ref: string }; head: { sha: string; ref: string }; labels: Array<{ name: string }> };
  };
  event.pull_request.base.sha = options.baseSha;
  event.pull_request.base.ref = 'main';
  event.pull_request.head.sha = options.headSha;
  if (options.title !== undefined) event.pull_request.title = options.title;
  if (options.labels)
    event.pull_request.labels = options.labels.map((name, i) => ({ id: i + 1, node_id: `L_${i + 1}`, name, color: 'ededed', default: false }));
  const path = join(mkdtempSync(join(tmpdir(), 'meshplane-event-')), 'event.json');
  writeFileSync(path, JSON.stringify(event));
  return path;
}

/** The test process may itself run inside GitHub Actions: none of that run's step files may leak into the child. */
function withoutRunnerVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_') && k !== 'RUNNER_TEMP'));
}

/** Runs node with `args` and collects its output; kills it and rejects after `timeoutMs`. */
function runNode(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${args.join(' ')} did not finish within ${options.timeoutMs} ms:\n${stdout}${stderr}`));
    }, options.timeoutMs);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
