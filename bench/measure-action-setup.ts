/**
 * `npm run bench:actions`: how long an action's job takes from GitHub's download of Meshplane to its verdict, with
 * only what the action installs. For each measured action, in a fresh temporary folder: a copy of the download
 * (copyActionCheckout: the files git tracks, no node_modules), then the steps of its action.yml run as the runner
 * runs them (bash, GITHUB_ACTION_PATH, GITHUB_OUTPUT), on a fresh copy of the example mesh. setup-opa's download is
 * stood in for by copying the pinned opa binary (.tools/bin/opa) into a folder on the PATH, as setup-opa adds its
 * download to the PATH; setup-node is not run (this Node is on the PATH). No go and no other opa are on the PATH, and
 * the OPA cache is empty. Writes the section "The check action's set-up" of docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { copyActionCheckout, copyExampleMesh, REPO_ROOT } from '@meshplane/testkit';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}

interface Timing {
  action: string;
  steps: [string, number][];
  total: number;
  outcome: string;
}

const HEADING = "## The check action's set-up";
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The outputs that say what a run did, from a GITHUB_OUTPUT file (`name=value` and `name<<DELIMITER` forms). */
function describeOutputs(text: string): string {
  const outputs = new Map<string, string>();
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs.set(m[1] as string, m[3] as string);
  for (const m of text.matchAll(/^([\w-]+)=(.*)$/gm)) outputs.set(m[1] as string, m[2] as string);
  const shown = ['conclusion', 'errors', 'warnings', 'result', 'operations', 'products', 'pages'];
  return shown
    .filter((n) => outputs.has(n))
    .map((n) => `${n} ${outputs.get(n)}`)
    .join(', ');
}

/** Runs one action's steps in a fresh folder and times each. */
function measureAction(action: string, inputs: Record<string, string>): Timing {
  const started = performance.now();
  const steps: [string, number][] = [];
  const time = <T>(label: string, f: () => T): T => {
    const t = performance.now();
    const result = f();
    steps.push([label, performance.now() - t]);
    return result;
  };
  const checkout = time('copy of the download (GitHub does this before the steps)', () => copyActionCheckout());
  const work = dirname(checkout);
  const repo = copyExampleMesh({ policies: true });
  const tools = join(work, 'tools');
  const { MESHPLANE_OPA: _opa, ...inherited } = process.env;
  const env = {
    ...inherited,
    PATH: `${tools}:${dirname(process.execPath)}:/usr/bin:/bin`,
    XDG_CACHE_HOME: join(work, 'cache'),
    GITHUB_ACTION_PATH: join(checkout, 'actions', action),
    GITHUB_OUTPUT: join(work, 'output'),
    GITHUB_STEP_SUMMARY: join(work, 'summary.md'),
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'daff/catalog',
    RUNNER_TEMP: work,
    NO_COLOR: '1',
  };
  writeFileSync(env.GITHUB_OUTPUT, '');
  let outcome = '';
  try {
    const spec = parse(readFileSync(join(checkout, 'actions', action, 'action.yml'), 'utf8')) as { runs: { steps: Step[] } };
    for (const step of spec.runs.steps) {
      if (step.uses?.startsWith('actions/setup-node@')) continue;
      if (step.uses?.startsWith('open-policy-agent/setup-opa@')) {
        time('setup-opa (stand-in: the pinned opa copied onto the PATH)', () => {
          mkdirSync(tools, { recursive: true });
          copyFileSync(join(REPO_ROOT, '.tools/bin/opa'), join(tools, 'opa'));
          chmodSync(join(tools, 'opa'), 0o755);
        });
        continue;
      }
      if (!step.run) continue;
      const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, /inputs\.([\w-]+)/.exec(v)?.[1] ?? v]));
      const withInputs = Object.fromEntries(Object.entries(stepEnv).map(([k, input]) => [k, inputs[input] ?? '']));
      const r = time(step.id === 'opa-pin' ? 'read the OPA pin' : step.run.includes('install') ? 'install the runtime packages' : `run dist/index.js`, () =>
        spawnSync('bash', ['-e', '-c', step.run as string], { cwd: repo.dir, env: { ...env, ...withInputs }, encoding: 'utf8', maxBuffer: 64 << 20 }),
      );
      if (r.status !== 0 && !step.run.includes('dist/index.js')) throw new Error(`${action}: step ${step.run} failed:\n${r.stdout}${r.stderr}`);
      if (step.run.includes('dist/index.js')) outcome = `exit ${r.status}; ${describeOutputs(readFileSync(env.GITHUB_OUTPUT, 'utf8'))}`;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
    repo.remove();
  }
  const download = steps[0]?.[1] ?? 0;
  return { action, steps, total: performance.now() - started - download, outcome };
}

const runs = [
  measureAction('check', { today: '2026-11-22', 'fail-on-error': 'true' }),
  measureAction('provision', { mode: 'apply', today: '2026-11-22' }),
  measureAction('publish-site', { today: '2026-11-22', 'base-path': '/catalog/', upload: 'false' }),
];
const rows = runs.flatMap((r) => [
  ...r.steps.map(([label, ms]) => `| ${r.action} | ${label} | ${seconds(ms)} |`),
  `| ${r.action} | **the job's steps after the download** | **${seconds(r.total)}** (${r.outcome}) |`,
]);
const section = [
  HEADING,
  '',
  `Written by \`npm run bench:actions\` (bench/measure-action-setup.ts) on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores, Node ${process.version}.`,
  'Each action runs in a fresh temporary folder from a copy of what GitHub downloads for `uses:` (the tracked files, no',
  '`node_modules`), its action.yml steps run as the runner runs them, on a fresh copy of the example mesh (36 products,',
  "a push: no base commit; the policies compiled cold). setup-opa's download is stood in for by copying the pinned opa",
  'onto the PATH; setup-node is not run. No `go` and no other `opa` on the PATH, an empty OPA cache; npm uses this',
  "machine's registry configuration and its package cache. Not measured: GitHub's download of the repository (the copy",
  "stands in for it), setup-node (cached on GitHub's hosted runners) and setup-opa's own download of the opa binary",
  `(${Math.round(statSync(join(REPO_ROOT, '.tools/bin/opa')).size / 2 ** 20)} MiB here, from github.com's release assets). Before the committed bundles (actions/install-meshplane.sh),`,
  'every job ran `npm install` of the whole monorepo with its `prepare` build (52 s on this machine with a warm npm',
  'cache, 567 packages) and built OPA with `go install` (minutes on a cold Go module cache).',
  '',
  '| action | step | time |',
  '| --- | --- | --- |',
  ...rows,
  '',
  `Target: a check job's set-up and check ≤ 30 s — ${runs[0] && runs[0].total <= 30_000 ? 'met' : 'not met'} (${seconds(runs[0]?.total ?? 0)}).`,
  '',
].join('\n');
process.stdout.write(`${section}\n`);
const file = join(REPO_ROOT, 'docs/benchmarks.md');
const current = readFileSync(file, 'utf8');
const at = current.indexOf(HEADING);
writeFileSync(file, `${at >= 0 ? current.slice(0, at) : `${current.trimEnd()}\n\n`}${section}`);
