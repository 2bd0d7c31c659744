import type { CatalogIndex, NamedEntry, ProductNode } from '../catalog/catalog-index.js';
import type { Finding } from '../model/finding.js';
import { findingAt } from '../model/finding-at.js';
import type { AgreementChange } from './list-agreement-changes.js';
import { sharesPersonalData } from './list-port-columns.js';
import type { AgreementNode } from './read-agreement-node.js';

/** What a pull request's reviews say: per reviewer, the agreement files their latest approval still covers. */
export interface AgreementApprovals {
  /**
   * Each reviewer whose latest review approves, with the agreement files that are as they were when they approved
   * (an edit since needs a new approval). Undefined when no reviews were read: the needs are then only announced.
   */
  reviews?: readonly { login: string; files: ReadonlySet<string> }[];
  /** The pull request's author: their own approval never counts. */
  author?: string;
  /** Why reviews were not read, for the notice (`mesh check` outside a pull request). */
  source?: string;
}

/** A team that must approve an agreement change, and who may approve for it (GitHub logins, from the base catalog). */
export interface AgreementApprover {
  team: string;
  handle: string;
  why: string;
  members: Set<string>;
}

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
/** `@daff/maria` and `@maria` are the login `maria`. */
const loginOf = (handle: string): string => (handle.split('/').at(-1) ?? '').replace(/^@/, '').toLowerCase();

/**
 * Who must approve each agreement a pull request adds, changes or removes, and whether they have: the owner team of
 * the shared product, and the governance team when a shared column holds personal data (a removal: the provider's
 * owners or the consumer team). A member of the team, as the base catalog lists them (a pull request cannot add its
 * own approvers), approves the pull request; the author's own approval never counts, nor one given before the
 * agreement last changed. Unmet with reviews read: an error on the agreement's line, "needs approval of …"; met: a
 * notice naming who approved; without reviews (outside a pull request): a notice of what it will need.
 */
export function judgeAgreementApprovals(
  changes: readonly AgreementChange[],
  sides: { base: CatalogIndex; head: CatalogIndex; governanceTeam?: string },
  approvals: AgreementApprovals,
): Finding[] {
  const out: Finding[] = [];
  const author = approvals.author?.toLowerCase();
  for (const change of changes) {
    const needs = listAgreementApprovers(change, sides);
    const file = (change.head ?? change.base)?.file ?? '';
    const approvedBy = (n: AgreementApprover): string[] =>
      (approvals.reviews ?? [])
        .filter((r) => r.login.toLowerCase() !== author && n.members.has(r.login.toLowerCase()) && r.files.has(file))
        .map((r) => r.login);
    const missing = needs.filter((n) => approvedBy(n).length === 0);
    const given = needs.filter((n) => approvedBy(n).length > 0).map((n) => `@${approvedBy(n)[0]} for ${n.handle}`);
    const anyOf = change.status === 'removed';
    const unmet = anyOf ? needs.length > 0 && missing.length === needs.length : missing.length > 0;
    const what = describeChange(change);
    const list = (ns: AgreementApprover[]): string => ns.map((n) => `${n.handle} (${n.why})`).join(anyOf ? ' or ' : ' and ');
    const place = (severity: Finding['severity'], message: string, hint?: string): Finding =>
      placeOn(change, sides.head, { severity, message, ...(hint ? { hint } : {}) });
    if (approvals.reviews === undefined) {
      out.push(place('notice', `${what} will need approval of ${list(needs)} on its pull request (${approvals.source ?? 'reviews not read'}).`));
    } else if (unmet) {
      // For a removal (any one team), an empty team matters only when no team has members.
      const candidates = anyOf ? (needs.every((n) => n.members.size === 0) ? needs : []) : missing;
      const empty = candidates
        .filter((n) => n.members.size === 0)
        .map((n) => `${n.handle} lists no members in the base catalog (catalog/teams/${n.team}.yaml)`);
      out.push(
        place(
          'error',
          `${what} needs approval of ${list(anyOf ? needs : missing)}${given.length ? `; approved by ${given.join(', ')}` : ''}.${empty.length ? ` ${empty.join('; ')}.` : ''}`,
          'A member of each team approves the pull request on GitHub; the author’s own approval does not count, and an approval counts only while the agreement stays as it was approved.',
        ),
      );
    } else out.push(place('notice', `${what}: approved by ${given.join(', ')}.`));
  }
  return out;
}

function describeChange(c: AgreementChange): string {
  const a = (c.head ?? c.base) as AgreementNode;
  const verb = c.status === 'added' ? 'The new agreement' : c.status === 'modified' ? 'The changed agreement' : 'Removing the agreement';
  return `${verb} \`${a.name}\` (\`${a.provider ?? '?'}\` shared with \`${a.team ?? '?'}\`)`;
}

function placeOn(c: AgreementChange, head: CatalogIndex, text: { severity: Finding['severity']; message: string; hint?: string }): Finding {
  const a = (c.head ?? c.base) as AgreementNode;
  const base = { ruleId: 'agreement.approval', ...text, ...(a.provider ? { productId: a.provider } : {}) };
  if (c.head) return findingAt(c.head.doc, '/metadata/name', base);
  // A removed file has no line left: the finding goes on the shared product's manifest, or on the file itself.
  const provider = head.products.find((p) => p.id === a.provider);
  return provider ? findingAt(provider.doc, '/metadata/id', base) : { ...base, file: a.file };
}

/**
 * Who must approve an agreement change: the shared product's owner team, and the governance team (`governanceTeam`,
 * a handle) when a shared column holds personal data; for a removal, the owner team or the consumer team (either).
 * Members come from the base catalog's team files.
 */
export function listAgreementApprovers(c: AgreementChange, sides: { base: CatalogIndex; head: CatalogIndex; governanceTeam?: string }): AgreementApprover[] {
  const a = (c.head ?? c.base) as AgreementNode;
  const byId = (index: CatalogIndex): ProductNode | undefined => index.products.find((p) => p.id === a.provider);
  const provider = byId(sides.base) ?? byId(sides.head);
  const need = (team: string | undefined, why: string): AgreementApprover[] => {
    if (!team) return [];
    const entry = sides.base.teams.find((t) => t.name === team);
    return [{ team, handle: handleOf(entry) ?? `team \`${team}\``, why, members: membersOf(entry) }];
  };
  if (c.status === 'removed') return [...need(provider?.owner, 'owns the shared product'), ...need(a.team, 'the consumer team')];
  const needs = need(provider?.owner, 'owns the shared product');
  const headProvider = byId(sides.head);
  if (headProvider && c.head && sharesPersonalData(headProvider, c.head)) needs.push(...governance(sides));
  return needs;
}

function governance(sides: { base: CatalogIndex; governanceTeam?: string }): AgreementApprover[] {
  const handle = sides.governanceTeam;
  const why = 'personal data is shared';
  if (!handle) return [{ team: 'governance', handle: 'the governance team (review.governanceTeam)', why, members: new Set() }];
  const entry = sides.base.teams.find((t) => handleOf(t)?.toLowerCase() === handle.toLowerCase()) ?? sides.base.teams.find((t) => t.name === loginOf(handle));
  return [{ team: entry?.name ?? loginOf(handle), handle, why, members: membersOf(entry) }];
}

function handleOf(entry: NamedEntry | undefined): string | undefined {
  const github = rec(entry?.data.spec).github;
  return typeof github === 'string' ? github : undefined;
}

function membersOf(entry: NamedEntry | undefined): Set<string> {
  const members = rec(entry?.data.spec).members;
  return new Set((Array.isArray(members) ? members : []).filter((m): m is string => typeof m === 'string').map(loginOf));
}
