/** An ODCS v3 data contract as plain data (https://bitol-io.github.io/open-data-contract-standard/). */
export type OdcsContract = Record<string, unknown>;

/** A custom property of ODCS: a name and any value. */
export interface OdcsCustomProperty {
  property: string;
  value: unknown;
}

/** The ODCS version Meshplane writes. */
export const ODCS_API_VERSION = 'v3.1.0';

/** The prefix of the custom properties that carry what ODCS has no field for, so an import restores it exactly. */
export const MESHPLANE_PREFIX = 'meshplane.';

/** Where the platform serves the ports: the `platform` block of `.github/meshplane.yml`. */
export interface OdcsPlatform {
  driver: 'duckdb' | 'postgres' | 'trino';
  duckdbPath?: string;
  connectionEnv?: string;
  trino?: { serverEnv?: string; catalogEnv?: string };
}

/** Manifest logical types and the ODCS logical type each maps to; the reverse takes the first manifest type listed. */
export const LOGICAL_TYPES: Record<string, string> = {
  string: 'string',
  boolean: 'boolean',
  integer: 'integer',
  bigint: 'integer',
  double: 'number',
  decimal: 'number',
  date: 'date',
  timestamp: 'timestamp',
  uuid: 'string',
  json: 'object',
  bytes: 'string',
};

/** ODCS logical types read back into the manifest's (for contracts Meshplane did not write). */
export const MANIFEST_TYPES: Record<string, string> = {
  string: 'string',
  boolean: 'boolean',
  integer: 'bigint',
  number: 'double',
  date: 'date',
  timestamp: 'timestamp',
  time: 'string',
  object: 'json',
  array: 'json',
};
