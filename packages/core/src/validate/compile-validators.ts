import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { allSchemas } from '../model/generated/schemas.js';

/** The file kinds Meshplane reads, by their `kind:` value. */
export const FILE_KINDS = ['DataProduct', 'Domain', 'Team', 'Waiver', 'Config', 'DataSharingAgreement'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

const SCHEMA_IDS: Record<FileKind, string> = {
  DataProduct: 'https://meshplane.dev/schemas/v1/data-product.schema.json',
  Domain: 'https://meshplane.dev/schemas/v1/domain.schema.json',
  Team: 'https://meshplane.dev/schemas/v1/team.schema.json',
  Waiver: 'https://meshplane.dev/schemas/v1/waiver.schema.json',
  Config: 'https://meshplane.dev/schemas/v1/config.schema.json',
  DataSharingAgreement: 'https://meshplane.dev/schemas/v1/data-sharing-agreement.schema.json',
};

let compiled: Map<FileKind, ValidateFunction> | undefined;

/**
 * The compiled validator of each file kind. Compiled once per process: ajv compilation costs tens of milliseconds,
 * validation microseconds. `verbose` keeps the failing schema on each error, which the explanations need.
 */
export function getValidator(kind: FileKind): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, verbose: true });
    addFormats.default(ajv, ['date', 'date-time', 'uri', 'email']);
    for (const s of allSchemas) ajv.addSchema(s as object);
    compiled = new Map(FILE_KINDS.map((k) => [k, ajv.getSchema(SCHEMA_IDS[k]) as ValidateFunction]));
  }
  const v = compiled.get(kind);
  if (!v) throw new Error(`no schema for kind ${kind}`);
  return v;
}

/** True when `kind` names a file kind Meshplane knows. */
export function isFileKind(kind: unknown): kind is FileKind {
  return typeof kind === 'string' && (FILE_KINDS as readonly string[]).includes(kind);
}
