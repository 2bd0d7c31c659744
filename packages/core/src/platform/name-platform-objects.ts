/** The longest identifier PostgreSQL keeps (NAMEDATALEN - 1 bytes); longer names are silently truncated by the server. */
export const MAX_IDENTIFIER_BYTES = 63;

/** Identifiers Meshplane generates: lower-case letters, digits and underscores, starting with a letter or underscore. */
export const SAFE_IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** The schema that holds Meshplane's own records (applies, managed tables; on DuckDB also roles and grants). */
export const STATE_SCHEMA = 'meshplane_state';

/** A slug as an SQL name: hyphens become underscores (slugs have no underscores, so the mapping is one-to-one). */
export function toSqlName(slug: string): string {
  return slug.replaceAll('-', '_');
}

/** The schema of a domain. */
export function nameSchema(domain: string): string {
  return toSqlName(domain);
}

/**
 * The table of a product's output port: `<product>__<port>`. A double underscore cannot occur inside either part,
 * so no two ports share a table.
 */
export function nameTable(productId: string, port: string): string {
  const product = productId.slice(productId.indexOf('.') + 1);
  return `${toSqlName(product)}__${toSqlName(port)}`;
}

/** A port's table as runtime lineage names it: `<domain schema>.<table>` (OpenLineage datasets, drift). */
export function nameDataset(domain: string, productId: string, port: string): string {
  return `${nameSchema(domain)}.${nameTable(productId, port)}`;
}

/** The "latest" view of a table. */
export function nameLatestView(table: string): string {
  return `${table}__latest`;
}

/** The view of a table's agreed columns for one consumer team: `<table>__for_<team>`. */
export function nameShareView(table: string, team: string): string {
  return `${table}__for_${toSqlName(team)}`;
}

/** The role of a team. */
export function nameRole(team: string): string {
  return `team_${toSqlName(team)}`;
}

/** Why a name cannot reach SQL, or undefined when it can. */
export function explainUnsafeIdentifier(name: string): string | undefined {
  if (!SAFE_IDENTIFIER.test(name)) return `\`${name}\` is not a safe SQL name (lower-case letters, digits and underscores only)`;
  const bytes = new TextEncoder().encode(name).length;
  if (bytes > MAX_IDENTIFIER_BYTES) return `\`${name}\` is ${bytes} bytes long; PostgreSQL keeps only ${MAX_IDENTIFIER_BYTES} and would truncate it`;
  return undefined;
}
