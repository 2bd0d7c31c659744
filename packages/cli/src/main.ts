#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { decideVerdict, type CheckReport } from '@meshplane/core';
import { runCheck } from './commands/check.js';
import { runValidate } from './commands/validate.js';
import { renderGraphText, runGraph } from './commands/graph.js';
import { runNewProduct, type Ask } from './commands/new-product.js';
import { FORMATS, renderReport, type Format } from './render-report.js';
import { HELP } from './help-text.js';
import { TOOL_VERSION } from './tool-version.js';
import { UsageError } from './usage-error.js';
import { PolicyError } from '@meshplane/policy';
import { GitError } from '@meshplane/source';
import { runPolicy } from './commands/run-policy.js';
import { runDiffCommand } from './commands/diff.js';
import { runApplyCommand, runDriftCommand, runPlanCommand, runStateCommand } from './commands/provision.js';
import { PlatformError } from '@meshplane/platform';
import { runSlo } from './commands/slo.js';
import { runDemoSeed } from './commands/demo-seed.js';
import { renderDemoSummary, runDemoGenerate } from './commands/demo.js';
import { runSite } from './commands/run-site.js';
import { GithubError } from '@meshplane/github';
import { runSloSyncIssues } from './commands/slo-sync-issues.js';
import { runCodeowners } from './commands/codeowners.js';

/** What a command hands back to main: text for stdout and the exit code. Only this file prints. */
interface Outcome {
  stdout: string;
  stderr?: string;
  exitCode: number;
}

const OPTIONS = {
  format: { type: 'string', default: 'text' },
  root: { type: 'string' },
  upstream: { type: 'boolean', default: false },
  downstream: { type: 'boolean', default: false },
  depth: { type: 'string' },
  name: { type: 'string' },
  owner: { type: 'string' },
  'product-owner': { type: 'string' },
  archetype: { type: 'string' },
  description: { type: 'string' },
  locality: { type: 'string' },
  base: { type: 'string' },
  head: { type: 'string' },
  today: { type: 'string' },
  fix: { type: 'boolean', default: false },
  write: { type: 'boolean', default: false },
  'dry-run': { type: 'boolean', default: false },
  now: { type: 'string' },
  seed: { type: 'string' },
  all: { type: 'boolean', default: false },
  products: { type: 'string' },
  out: { type: 'string' },
  port: { type: 'string' },
  'slo-status': { type: 'string' },
  statuses: { type: 'string' },
  'site-url': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

async function run(argv: string[]): Promise<Outcome> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  if (values.version) return { stdout: `mesh ${TOOL_VERSION}\n`, exitCode: 0 };
  const [command, ...rest] = positionals;
  if (values.help || !command) return { stdout: HELP, exitCode: values.help ? 0 : 2 };
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`Unknown format \`${values.format}\`; use one of ${FORMATS.join(', ')}.`);
  const report = (r: CheckReport): Outcome => ({ stdout: renderReport(r, format), exitCode: decideVerdict(r) === 'pass' ? 0 : 1 });
  switch (command) {
    case 'check':
      return report(await runCheck(rest[0] ?? values.root, { ...(values.base ? { base: values.base } : {}), today: readToday(values.today) }));
    case 'diff':
      return report(runDiffCommand(rest[0] ?? values.root, { base: values.base, head: values.head, today: readToday(values.today) }));
    case 'policy':
      return runPolicy(rest, { root: values.root, base: values.base, today: readToday(values.today), format, fix: values.fix });
    case 'plan':
    case 'apply':
    case 'drift':
    case 'state': {
      const run = { plan: runPlanCommand, apply: runApplyCommand, drift: runDriftCommand, state: runStateCommand }[command];
      // Progress goes to stdout for people, to stderr when stdout carries JSON or Markdown.
      const progress = (line: string): boolean => (format === 'text' ? process.stdout : process.stderr).write(line);
      return run(rest[0] ?? values.root, {
        ...(values.base ? { base: values.base } : {}),
        today: readToday(values.today),
        format,
        dryRun: values['dry-run'],
        progress,
      });
    }
    case 'slo':
      if (rest[0] === 'sync-issues')
        return runSloSyncIssues(values.statuses, {
          dryRun: values['dry-run'],
          siteUrl: values['site-url'],
          env: process.env,
          ...(values.root ? { root: values.root } : {}),
        });
      return runSlo(rest, { root: values.root, now: readNow(values.now), format, all: values.all, ...(values.out ? { out: values.out } : {}) });
    case 'demo': {
      if (rest[0] === 'seed') return runDemoSeed({ root: values.root, now: readNow(values.now), ...(values.seed !== undefined ? { seed: values.seed } : {}) });
      if (rest[0] !== 'generate') throw new UsageError('Usage: mesh demo generate --products N [--seed S] [--out DIR], or mesh demo seed [--seed N].');
      const demo = runDemoGenerate({ products: values.products, seed: values.seed, out: values.out, today: readToday(values.today) });
      return { stdout: format === 'json' ? JSON.stringify(demo, null, 2) + '\n' : renderDemoSummary(demo), exitCode: 0 };
    }
    case 'site':
      return runSite(rest, { root: values.root, out: values.out, port: values.port, today: readToday(values.today), format, sloStatus: values['slo-status'] });
    case 'validate':
      return report(runValidate(rest.length > 0 ? rest : values.root ? [values.root] : []));
    case 'codeowners': {
      const r = runCodeowners(rest[0] ?? values.root, { write: values.write });
      if (!values.write) return { stdout: r.content, exitCode: 0 };
      return { stdout: r.changed ? `Wrote ${r.path}.\n` : `${r.path} is up to date.\n`, exitCode: 0 };
    }
    case 'graph': {
      const depth = values.depth === undefined ? undefined : Number(values.depth);
      if (depth !== undefined && !(Number.isInteger(depth) && depth > 0)) throw new UsageError('--depth takes a whole number of at least 1.');
      const g = runGraph(rest[0], { upstream: values.upstream, downstream: values.downstream, ...(depth !== undefined ? { depth } : {}) }, values.root);
      const stdout =
        format === 'json' ? JSON.stringify({ product: g.product, upstream: g.upstream, downstream: g.downstream }, null, 2) + '\n' : renderGraphText(g);
      return { stdout, exitCode: 0 };
    }
    case 'new': {
      if (rest[0] !== 'product') throw new UsageError('Usage: mesh new product <domain>/<name> [flags]. (Products are the only kind scaffolded.)');
      const flags = {
        name: values.name,
        owner: values.owner,
        productOwner: values['product-owner'],
        archetype: values.archetype,
        description: values.description,
      };
      const result = await runNewProduct(rest[1], stripUndefined(flags), process.stdin.isTTY ? askOnTerminal : undefined, values.root);
      const wrote = result.files.map((f) => `Created ${f}`).join('\n') + '\n';
      return { stdout: wrote + renderReport(result.report, format), exitCode: decideVerdict(result.report) === 'pass' ? 0 : 1 };
    }
    default:
      throw new UsageError(`Unknown command \`${command}\`. Run mesh --help.`);
  }
}

/** Today's date, `YYYY-MM-DD` in UTC, unless `--today` names another day (for reproducible checks). */
function readToday(flag: string | undefined): string {
  if (flag === undefined) return new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(flag) || Number.isNaN(Date.parse(flag))) throw new UsageError(`--today takes a date as YYYY-MM-DD, not \`${flag}\`.`);
  return flag;
}

/** The clock for SLO commands: now, unless `--now` names an instant (for reproducible runs). */
function readNow(flag: string | undefined): string {
  if (flag === undefined) return new Date().toISOString();
  const ms = Date.parse(flag);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(flag) || Number.isNaN(ms))
    throw new UsageError(`--now takes an ISO 8601 instant such as 2026-11-22T06:00:00Z, not \`${flag}\`.`);
  return new Date(ms).toISOString();
}

const askOnTerminal: Ask = async (question, fallback) => {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
    return answer || fallback;
  } finally {
    rl.close();
  }
};

function stripUndefined<T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

try {
  const outcome = await run(process.argv.slice(2));
  process.stdout.write(outcome.stdout);
  if (outcome.stderr) process.stderr.write(outcome.stderr);
  process.exitCode = outcome.exitCode;
} catch (e) {
  const usage =
    e instanceof UsageError ||
    e instanceof PolicyError ||
    e instanceof GitError ||
    e instanceof PlatformError ||
    e instanceof GithubError ||
    (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'));
  process.stderr.write(`mesh: ${e instanceof Error ? e.message : String(e)}\n`);
  if (!usage && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  process.exitCode = 2;
}
