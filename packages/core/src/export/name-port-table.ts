import type { Column } from '../model/index.js';

/**
 * Where the platform provisions a product's output port: schema = the domain, table = `<product>__<port>`, both with
 * `-` turned into `_` (the naming of the provisioning planner). `podcast.podcast-listeners` port `daily-listeners`
 * lives in `"podcast"."podcast_listeners__daily_listeners"`.
 */
export function namePortTable(productId: string, domain: string, port: string): { schema: string; table: string } {
  const name = productId.startsWith(`${domain}.`) ? productId.slice(domain.length + 1) : productId;
  const snake = (s: string): string => s.replace(/-/g, '_');
  return { schema: snake(domain), table: `${snake(name)}__${snake(port)}` };
}

/** A ready DuckDB query over a port's table, listing its columns; identifiers are always double-quoted. */
export function writeQuerySnippet(table: { schema: string; table: string }, columns: readonly Column[]): string {
  const cols = columns.map((c) => `  ${quoteIdentifier(c.name)}`).join(',\n');
  return `SELECT\n${cols}\nFROM ${quoteIdentifier(table.schema)}.${quoteIdentifier(table.table)}\nLIMIT 100;`;
}

/** A SQL identifier in double quotes, with any double quote inside doubled. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
