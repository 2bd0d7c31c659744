import type { CatalogIndex, NamedEntry } from '../catalog/catalog-index.js';
import { describeAgreement } from '../agreement/describe-agreement.js';
import { listAgreementApprovers } from '../agreement/judge-agreement-approvals.js';
import type { AgreementNode } from '../agreement/read-agreement-node.js';
import { addDays } from '../policy/apply-waivers.js';
import type { RenewalReport, RenewalSubject, RenewalTeam } from './renewal-types.js';

/** The day to judge, the renewal window, and the governance team a renewal on personal data needs. */
export interface RenewalOptions {
  /** `YYYY-MM-DD`. */
  today: string;
  /** Days before its end an agreement is due for renewal. */
  days: number;
  /** `review.governanceTeam`, a GitHub handle. */
  governanceTeam?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const rec = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * The agreements due for renewal on `today`: those whose end is at most `days` ahead, and those that have ended while
 * their file is still in the catalog (the plan revokes them; the file is still to be renewed or removed). Each comes
 * with its provider and consumer teams (and their GitHub handles), the product owner, and whose approval a pull request
 * that moves its end needs — the same list the pull request check asks for. The other agreements are listed with their
 * end, so an issue can say its agreement was renewed. An agreement without a valid end date is never due (the check
 * reports it); of two agreements with one id, the first is kept.
 *
 * @example listRenewals(index, { today: '2026-12-10', days: 14 }).due.map((s) => s.id) // ['podcast.podcast-listeners/growth-analytics']
 */
export function listRenewals(index: CatalogIndex, options: RenewalOptions): RenewalReport {
  const renewBy = addDays(options.today, options.days);
  const due: RenewalSubject[] = [];
  const later: RenewalReport['later'] = [];
  const seen = new Set<string>();
  for (const a of index.agreements) {
    if (seen.has(a.id)) continue;
    seen.add(a.id);
    const end = a.end !== undefined && DATE.test(a.end) && !Number.isNaN(Date.parse(a.end)) ? a.end : undefined;
    if (end === undefined || end > renewBy) later.push({ id: a.id, ...(end ? { end } : {}) });
    else due.push(describeRenewal(index, a, end, options));
  }
  due.sort((x, y) => (x.agreement.end < y.agreement.end ? -1 : x.agreement.end > y.agreement.end ? 1 : x.id < y.id ? -1 : 1));
  return { today: options.today, days: options.days, renewBy, due, later };
}

function describeRenewal(index: CatalogIndex, a: AgreementNode, end: string, options: RenewalOptions): RenewalSubject {
  const product = index.products.find((p) => p.id === a.provider);
  const teamOf = (team: string): RenewalTeam => {
    const handle = handleOf(index.teams.find((t) => t.name === team));
    return { team, ...(handle ? { handle } : {}) };
  };
  const productOwner = str(rec(product?.data.metadata).productOwner);
  const sides = { base: index, head: index, ...(options.governanceTeam ? { governanceTeam: options.governanceTeam } : {}) };
  // A renewal is a change of the agreement: it needs whoever the check asks for when an agreement changes.
  const approvers = listAgreementApprovers({ status: 'modified', id: a.id, base: a, head: a }, sides).map((x) => ({
    team: x.team,
    ...(x.handle.startsWith('@') ? { handle: x.handle } : {}),
    why: x.why,
  }));
  return {
    id: a.id,
    agreement: describeAgreement(a, options.today, { soonDays: options.days, ...(product ? { provider: product } : {}) }),
    daysLeft: Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${options.today}T00:00:00Z`)) / 86_400_000),
    domain: product?.domain ?? (a.provider ?? '').split('.')[0] ?? '',
    ...(product?.name ? { providerName: product.name } : {}),
    ...(product?.owner ? { provider: teamOf(product.owner) } : {}),
    ...(productOwner ? { productOwner } : {}),
    consumer: teamOf(a.team ?? '?'),
    approvers,
  };
}

function handleOf(entry: NamedEntry | undefined): string | undefined {
  return str(rec(entry?.data.spec).github);
}
