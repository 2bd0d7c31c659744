import type { CatalogIndex } from '../catalog/catalog-index.js';
import { readDomainOwner, readTeamHandle } from './read-team-handles.js';
import type { CheckReport } from '../model/finding.js';
import type { Config } from '../model/generated/types.js';
import type { PullReview, ReviewerNeed } from './review-types.js';
import { listAgreementChanges } from '../agreement/list-agreement-changes.js';
import { listAgreementApprovers } from '../agreement/judge-agreement-approvals.js';

/** What routing a pull request looks at. */
export interface PullReviewInput {
  report: CheckReport;
  /** The head catalog (owners of changed and affected products, teams' handles). */
  head: CatalogIndex;
  /** The base catalog (the owner of a removed product). */
  base?: CatalogIndex;
  /** Every path the pull request changes (old and new path of a rename). */
  changedFiles: readonly string[];
  config: Config;
  /** The pull request's author: never asked to review their own change. */
  author?: string;
}

const GOVERNANCE_PATHS = [/^policies\//, /^schemas\//, /^\.github\/meshplane\.ya?ml$/];

/**
 * Labels and review requests for a pull request: `domain:<d>` for each domain it touches, `new-product`,
 * `breaking-change`, `policy-change`, `needs-governance-review`; the owner team of every changed product, the
 * governance team for policies, schemas, waivers and config, a domain's owner for its domain policies, and — on a
 * breaking change — the teams of affected consumers (when the config asks for their acknowledgement).
 */
export function planPullReview(input: PullReviewInput): PullReview {
  const labels = new Set<string>();
  const needs = new Map<string, ReviewerNeed>();
  const notes: string[] = [];
  const catalogRoot = input.config.catalog?.root ?? 'catalog';
  const teamsByName = new Map(input.head.teams.map((t) => [t.name, t]));
  for (const t of input.base?.teams ?? []) if (!teamsByName.has(t.name)) teamsByName.set(t.name, t);
  const need = (team: string | undefined, reason: string): void => {
    if (!team) return;
    const entry = teamsByName.get(team);
    const handle = readTeamHandle(entry);
    if (!handle) {
      notes.push(`Team \`${team}\` has no GitHub handle (spec.github), so it cannot be asked to review (${reason}).`);
      return;
    }
    addNeed(needs, handle, reason, team);
  };
  const nodeOf = (id: string) => input.head.products.find((p) => p.id === id) ?? input.base?.products.find((p) => p.id === id);
  const changes = input.report.changes;
  for (const p of changes?.products ?? []) {
    const node = nodeOf(p.id);
    if (node?.domain) labels.add(`domain:${node.domain}`);
    if (p.status === 'added') labels.add('new-product');
    if (p.items.some((i) => i.impact === 'breaking')) labels.add('breaking-change');
    need(node?.owner, `owns \`${p.id}\``);
  }
  for (const file of input.changedFiles) {
    const domain = file.startsWith(`${catalogRoot}/`) ? file.slice(catalogRoot.length + 1).split('/')[0] : undefined;
    if (domain && domain !== 'teams' && file.split('/').length > 2) labels.add(`domain:${domain}`);
    if (/^policies\/(?!waivers\/).*\.rego$/.test(file)) labels.add('policy-change');
    const domainPolicy = /^policies\/domains\/([^/]+)\//.exec(file)?.[1];
    if (domainPolicy) need(readDomainOwner(input.head.domains.find((d) => d.name === domainPolicy)), `owns the policies of domain \`${domainPolicy}\``);
  }
  const governanceFiles = input.changedFiles.filter((f) => GOVERNANCE_PATHS.some((r) => r.test(f)));
  if (governanceFiles.length > 0) {
    labels.add('needs-governance-review');
    const team = input.config.review?.governanceTeam;
    if (team) addNeed(needs, team, `governance files change (${describeFiles(governanceFiles)})`);
    else notes.push('No `review.governanceTeam` in .github/meshplane.yml: nobody could be asked to review the governance files.');
  }
  // Data sharing agreements: the shared product's owners approve, and the governance group for personal data.
  if (input.base) {
    const governanceTeam = input.config.review?.governanceTeam;
    for (const change of listAgreementChanges(input.base, input.head)) {
      labels.add('data-sharing');
      const name = (change.head ?? change.base)?.name ?? '';
      for (const a of listAgreementApprovers(change, { base: input.base, head: input.head, ...(governanceTeam ? { governanceTeam } : {}) })) {
        if (a.handle.startsWith('@')) addNeed(needs, a.handle, `approves the agreement \`${name}\` (${a.why})`, a.team);
      }
    }
  }
  if (labels.has('breaking-change') && input.config.review?.requireConsumerAck !== false) {
    for (const a of changes?.affected ?? []) for (const c of a.consumers) need(c.team, `consumes \`${a.productId}.${a.port}\`, which changes incompatibly`);
  }
  if (input.config.labels?.enabled === false) labels.clear();
  const author = input.author?.toLowerCase();
  const reviewers = [...needs.values()].filter((n) => n.handle.slice(1).toLowerCase() !== author).sort((a, b) => a.handle.localeCompare(b.handle));
  return { labels: [...labels].sort(), reviewers, governance: governanceFiles.length > 0, notes };
}

function addNeed(needs: Map<string, ReviewerNeed>, handle: string, reason: string, team?: string): void {
  const key = handle.toLowerCase();
  const n = needs.get(key) ?? { handle, ...(team ? { team } : {}), reasons: [] };
  if (!n.reasons.includes(reason)) n.reasons.push(reason);
  needs.set(key, n);
}

function describeFiles(files: string[]): string {
  return files.length <= 3 ? files.map((f) => `\`${f}\``).join(', ') : `\`${files[0]}\` and ${files.length - 1} more`;
}

/** A handle as the review-request API wants it: team slugs of the repository's organisation, and user logins. */
export function splitReviewers(reviewers: readonly ReviewerNeed[], org: string): { teams: string[]; users: string[]; skipped: string[] } {
  const teams: string[] = [];
  const users: string[] = [];
  const skipped: string[] = [];
  for (const r of reviewers) {
    const [owner = '', slug] = r.handle.slice(1).split('/');
    if (slug === undefined) users.push(owner);
    else if (owner.toLowerCase() === org.toLowerCase()) teams.push(slug);
    else skipped.push(r.handle);
  }
  return { teams, users, skipped };
}
