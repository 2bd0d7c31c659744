#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { PolicyError, setOpaBuildNotice } from '@meshplane/policy';
import { GitError } from '@meshplane/source';
import { PlatformError } from '@meshplane/platform';
import { GithubError } from '@meshplane/github';
import { TOOL_VERSION, UsageError } from '@meshplane/usecases';
import { FORMATS, type Format } from './render/render-report.js';
import { HELP } from './help-text.js';
import { OPTIONS, readNow, readToday, stripUndefined } from './cli-options.js';
import { askOnTerminal } from './ask-on-terminal.js';
import type { Outcome } from './outcome.js';
import { runCheckCommand, runCodeownersCommand, runDiffCommand, runGraphCommand, runValidateCommand } from './commands/run-catalog.js';
import { runDemoCommand, runNewCommand } from './commands/run-scaffold.js';
import { runPolicy } from './commands/run-policy.js';
import { runProvision } from './commands/run-provision.js';
import { runSlo, runSloSyncIssues } from './commands/run-slo.js';
import { runSite } from './commands/run-site.js';
import { runInitCommand } from './commands/run-init.js';
import { runExpiry } from './commands/run-expiry.js';
import { runLineage } from './commands/run-lineage.js';
import { runScorecard } from './commands/run-scorecard.js';
import { runAccess } from './commands/run-access.js';
import { runExport } from './commands/run-export.js';
import { runImport } from './commands/run-import.js';

/** Parses the arguments and runs one command over the use cases; returns what to print and the exit code. */
async function run(argv: string[]): Promise<Outcome> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  if (values.version) return { stdout: `mesh ${TOOL_VERSION}\n`, exitCode: 0 };
  const [command, ...rest] = positionals;
  if (values.help || !command) return { stdout: HELP, exitCode: values.help ? 0 : 2 };
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`Unknown format \`${values.format}\`; use one of ${FORMATS.join(', ')}.`);
  const today = (): string => readToday(values.today);
  const common = { root: values.root, base: values.base, head: values.head, format };
  switch (command) {
    case 'check':
      return runCheckCommand(rest[0], {
        ...common,
        today: today(),
        sloStatus: values['slo-status'],
        reliabilityFix: values['reliability-fix'],
        observed: values.observed,
      });
    case 'diff':
      return runDiffCommand(rest[0], { ...common, today: today() });
    case 'validate':
      return runValidateCommand(rest, { ...common, today: today() });
    case 'policy':
      return runPolicy(rest, { root: values.root, base: values.base, today: today(), format, fix: values.fix });
    case 'plan':
    case 'apply':
    case 'drift':
    case 'state': {
      // Progress goes to stdout for people, to stderr when stdout carries JSON or Markdown.
      const progress = (line: string): boolean => (format === 'text' ? process.stdout : process.stderr).write(line);
      const flags = { ...(values.base ? { base: values.base } : {}), today: today(), format, dryRun: values['dry-run'], progress };
      return runProvision(command, rest[0] ?? values.root, flags);
    }
    case 'slo':
      if (rest[0] === 'sync-issues')
        return runSloSyncIssues(values.statuses, {
          dryRun: values['dry-run'],
          siteUrl: values['site-url'],
          env: process.env,
          ...(values.root ? { root: values.root } : {}),
        });
      return runSlo(rest, {
        root: values.root,
        now: readNow(values.now),
        format,
        all: values.all,
        out: values.out,
        dataBranch: values['data-branch'],
        dataBranchRemote: values['data-branch-remote'],
      });
    case 'export':
      return runExport(rest, { root: values.root, out: values.out, port: values.port, today: today() });
    case 'import':
      return runImport(rest, {
        root: values.root,
        domain: values.domain,
        owner: values.owner,
        archetype: values.archetype,
        productOwner: values['product-owner'],
        classification: values.classification,
        actualTime: values['actual-time'],
        processingTime: values['processing-time'],
      });
    case 'scorecard':
      return runScorecard(rest[0], { root: values.root, format, today: today(), sloStatus: values['slo-status'] });
    case 'lineage':
      return runLineage(rest, {
        root: values.root,
        now: readNow(values.now),
        days: values.days,
        observed: values.observed,
        format,
        out: values.out,
        url: values.url,
        namespace: values.namespace,
        apiKey: process.env.OPENLINEAGE_API_KEY,
      });
    case 'expiry':
      return runExpiry(rest, {
        root: values.root,
        today: today(),
        lookahead: values.lookahead,
        format,
        siteUrl: values['site-url'],
        dryRun: values['dry-run'],
        env: process.env,
      });
    case 'demo':
      return runDemoCommand(rest, {
        root: values.root,
        products: values.products,
        seed: values.seed,
        out: values.out,
        today: today(),
        now: readNow(values.now),
        format,
      });
    case 'site':
      return runSite(rest, {
        root: values.root,
        out: values.out,
        port: values.port,
        today: today(),
        format,
        sloStatus: values['slo-status'],
        observed: values.observed,
        base: values.base,
      });
    case 'access':
      return runAccess(rest, {
        ...stripUndefined({
          root: values.root,
          team: values.team,
          product: values.product,
          purpose: values.purpose,
          until: values.until,
          start: values.start,
          columns: values.columns,
          maxClassification: values['max-classification'],
          legalBasis: values['legal-basis'],
          name: values.name,
          days: values.days,
          siteUrl: values['site-url'],
        }),
        today: today(),
        format,
        dryRun: values['dry-run'],
        openPr: values['open-pr'],
        ...(values.base ? { base: values.base } : {}),
        env: process.env,
      });
    case 'codeowners':
      return runCodeownersCommand(rest[0] ?? values.root, values.write);
    case 'graph':
      return runGraphCommand(rest[0], { root: values.root, upstream: values.upstream, downstream: values.downstream, depth: values.depth, format });
    case 'init': {
      const flags = {
        org: values.org,
        domain: values.domain,
        team: values.team,
        governanceTeam: values['governance-team'],
        productOwner: values['product-owner'],
      };
      return runInitCommand(rest[0], { ...flags, actions: values.actions, force: values.force }, process.stdin.isTTY ? askOnTerminal : undefined);
    }
    case 'new': {
      const flags = {
        name: values.name,
        owner: values.owner,
        productOwner: values['product-owner'],
        archetype: values.archetype,
        description: values.description,
        locality: values.locality,
      };
      return runNewCommand(rest, { ...stripUndefined(flags), root: values.root, format }, process.stdin.isTTY ? askOnTerminal : undefined);
    }
    default:
      throw new UsageError(`Unknown command \`${command}\`. Run mesh --help.`);
  }
}

/** Faults whose message is enough: printed without a stack trace (exit 2 like every fault). */
function isKnownFault(e: unknown): boolean {
  return (
    e instanceof UsageError ||
    e instanceof PolicyError ||
    e instanceof GitError ||
    e instanceof PlatformError ||
    e instanceof GithubError ||
    (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))
  );
}

// `mesh … | head` closes standard output early: that ends the command quietly, not with an EPIPE stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});

// Building OPA (an installed package on a machine with Go but no opa) takes a while: say so, on stderr.
setOpaBuildNotice((line) => process.stderr.write(`${line}\n`));
try {
  const outcome = await run(process.argv.slice(2));
  process.stdout.write(outcome.stdout);
  if (outcome.stderr) process.stderr.write(outcome.stderr);
  process.exitCode = outcome.exitCode;
} catch (e) {
  process.stderr.write(`mesh: ${e instanceof Error ? e.message : String(e)}\n`);
  if (!isKnownFault(e) && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  process.exitCode = 2;
}
