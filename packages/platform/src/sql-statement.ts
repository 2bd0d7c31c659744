/** One statement for the engine, with its values as bind parameters. */
export interface SqlStatement {
  sql: string;
  params?: (string | number | null)[];
}
