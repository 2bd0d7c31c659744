import { migrateAccess, openAccessPullRequest, requestAccess, resolveRepository, UsageError, type AccessRequestFlags } from '@meshplane/usecases';
import type { Outcome } from '../outcome.js';
import { runAccessRenewals, type RenewalFlags } from './run-access-renewals.js';

const USAGE =
  'Usage: mesh access request <product>/<port>[,<port>…] --team TEAM --purpose TEXT --until YYYY-MM-DD [--product CONSUMER] [--start YYYY-MM-DD] [--columns A,B | --max-classification LEVEL] [--legal-basis BASIS] [--name NAME] [--open-pr [--base BRANCH]]\n       mesh access migrate [--days N] [--dry-run]\n       mesh access renewals [--days N]\n       mesh access sync-issues [--days N] [--site-url URL] [--dry-run]';

/**
 * `mesh access request …` (drafts an agreement file), `mesh access migrate` (today's access as agreement files), and
 * `mesh access renewals | sync-issues` (the agreements due for renewal, and their issues).
 */
export async function runAccess(
  args: readonly string[],
  flags: AccessRequestFlags &
    RenewalFlags & {
      root?: string | undefined;
      days?: string | undefined;
      dryRun?: boolean;
      openPr?: boolean;
      base?: string;
      env?: Record<string, string | undefined>;
    },
): Promise<Outcome> {
  const [sub, target] = args;
  const repo = resolveRepository(flags.root);
  if (sub === 'renewals' || sub === 'sync-issues') return runAccessRenewals(sub, repo, flags);
  if (sub === 'request') {
    const r = await requestAccess(repo, target, flags);
    const warnings = r.findings.map((f) => `  ${f.file}:${f.line ?? 1}: ${f.severity}: ${f.message}\n`).join('');
    if (flags.openPr) {
      const pull = await openAccessPullRequest(repo, r.file, { env: flags.env ?? {}, today: flags.today, ...(flags.base ? { base: flags.base } : {}) });
      return { stdout: `Wrote ${r.file}.\n${warnings}Pushed ${pull.branch} and opened pull request #${pull.number}: ${pull.url}\n`, exitCode: 0 };
    }
    return {
      stdout: `Wrote ${r.file}.\n${warnings}Open a pull request with it (or run again with --open-pr): the owners of the product approve it, and merging grants the access from ${flags.start ?? flags.today}.\n`,
      exitCode: 0,
    };
  }
  if (sub === 'migrate') {
    const days = flags.days === undefined ? undefined : Number(flags.days);
    if (days !== undefined && !(Number.isInteger(days) && days > 0)) throw new UsageError(`--days takes a whole number of days, not \`${flags.days}\`.`);
    const m = migrateAccess(repo, { today: flags.today, ...(days ? { days } : {}), ...(flags.dryRun ? { dryRun: true } : {}) });
    const verb = flags.dryRun ? 'Would write' : 'Wrote';
    const lines = [
      `${verb} ${m.agreements.length} agreement${m.agreements.length === 1 ? '' : 's'} and ${flags.dryRun ? 'edit' : 'edited'} ${m.manifests.length} manifest${m.manifests.length === 1 ? '' : 's'} (inline consumers removed).`,
      ...m.agreements.map((f) => `  + ${f}`),
      ...m.manifests.map((f) => `  ~ ${f}`),
    ];
    if (m.needLegalBasis.length)
      lines.push(
        `${m.needLegalBasis.length} of them share personal data: add its legal basis (spec.legalBasis) before the pull request:`,
        ...m.needLegalBasis.map((f) => `  ! ${f}`),
      );
    return { stdout: `${lines.join('\n')}\n`, exitCode: 0 };
  }
  throw new UsageError(USAGE);
}
