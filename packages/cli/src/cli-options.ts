import { UsageError, type IssueSyncOptions } from '@meshplane/usecases';

/** Every flag the `mesh` command takes (node:util parseArgs). */
export const OPTIONS = {
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
  observed: { type: 'string' },
  statuses: { type: 'string' },
  'site-url': { type: 'string' },
  lookahead: { type: 'string' },
  days: { type: 'string' },
  'reliability-fix': { type: 'boolean', default: false },
  'data-branch': { type: 'string' },
  'data-branch-remote': { type: 'string' },
  org: { type: 'string' },
  domain: { type: 'string' },
  team: { type: 'string' },
  'governance-team': { type: 'string' },
  actions: { type: 'string' },
  force: { type: 'boolean', default: false },
  classification: { type: 'string' },
  'actual-time': { type: 'string' },
  'processing-time': { type: 'string' },
  url: { type: 'string' },
  namespace: { type: 'string' },
  product: { type: 'string' },
  purpose: { type: 'string' },
  until: { type: 'string' },
  start: { type: 'string' },
  columns: { type: 'string' },
  'max-classification': { type: 'string' },
  'legal-basis': { type: 'string' },
  'open-pr': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

/** Today's date, `YYYY-MM-DD` in UTC, unless `--today` names another day (for reproducible checks). */
export function readToday(flag: string | undefined): string {
  if (flag === undefined) return new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(flag) || Number.isNaN(Date.parse(flag))) throw new UsageError(`--today takes a date as YYYY-MM-DD, not \`${flag}\`.`);
  return flag;
}

/** The clock for SLO commands: now, unless `--now` names an instant (for reproducible runs). */
export function readNow(flag: string | undefined): string {
  if (flag === undefined) return new Date().toISOString();
  const ms = Date.parse(flag);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(flag) || Number.isNaN(ms))
    throw new UsageError(`--now takes an ISO 8601 instant such as 2026-11-22T06:00:00Z, not \`${flag}\`.`);
  return new Date(ms).toISOString();
}

/** An object without its undefined values (flags not given). */
export function stripUndefined<T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** A whole number of days given to `--<name>` (`--days`, `--lookahead`); anything else is a usage fault. */
export function readDaysFlag(name: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} takes a number of days, not \`${value}\`.`);
  return Number(value);
}

/** What a `sync-issues` command's flags ask of the use case: a dry run or not, the site, GitHub from the environment. */
export function readIssueSyncFlags(flags: {
  dryRun?: boolean | undefined;
  siteUrl?: string | undefined;
  env?: IssueSyncOptions['env'] | undefined;
  client?: IssueSyncOptions['client'] | undefined;
}): IssueSyncOptions {
  return {
    dryRun: flags.dryRun === true,
    env: flags.env ?? {},
    ...(flags.siteUrl ? { siteUrl: flags.siteUrl } : {}),
    ...(flags.client ? { client: flags.client } : {}),
  };
}
