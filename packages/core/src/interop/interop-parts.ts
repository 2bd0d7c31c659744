/** Parts both standards' exporters and importers share: team, lifecycle and name mappings. */

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});

/** The lifecycles a manifest may hold. */
export const LIFECYCLES: ReadonlySet<string> = new Set(['proposed', 'experimental', 'active', 'deprecated', 'dormant', 'retired']);

/** A standard's status as a manifest lifecycle: one of them as is, `draft` as `proposed`, anything else undefined. */
export function readLifecycle(status: unknown): string | undefined {
  const s = String(status);
  return LIFECYCLES.has(s) ? s : s === 'draft' ? 'proposed' : undefined;
}

/** A name as a slug (a product's name in its id): lower-case letters, digits and single hyphens, at most 63. */
export function slugOf(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);
}

/** The owner team as ODCS and ODPS write a team: the product owner first (role `Data Product Owner`), then the team's members. */
export function buildTeamBlock(owner: string, productOwner: unknown, team: unknown): Rec {
  const all = rec(rec(team).spec).members;
  const members = (Array.isArray(all) ? all : []).filter((m): m is string => typeof m === 'string' && m !== productOwner);
  return {
    name: owner,
    members: [
      ...(typeof productOwner === 'string' && productOwner !== '' ? [{ username: productOwner, role: 'Data Product Owner' }] : []),
      ...members.map((m) => ({ username: m, role: 'member' })),
    ],
  };
}

/** The id of a port's ODCS contract: `<product>.<port>` (ODPS ports name their contracts by it). */
export function nameContractId(productId: string, port: string): string {
  return `${productId}.${port}`;
}

/** The file a port's ODCS contract is written as (`mesh export odcs --out`, the site's downloads/odcs/). */
export function nameContractFile(productId: string, port: string): string {
  return `${nameContractId(productId, port)}.odcs.yaml`;
}

/** The file a product's ODPS document is written as (`mesh export odps --out`, the site's downloads/odps/). */
export function nameProductFile(productId: string): string {
  return `${productId}.odps.yaml`;
}
