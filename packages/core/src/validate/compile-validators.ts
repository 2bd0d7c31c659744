import type { ErrorObject } from 'ajv';
import * as validators from '../model/generated/validators.js';

/** The file kinds Meshplane reads, by their `kind:` value. */
export const FILE_KINDS = ['DataProduct', 'Domain', 'Team', 'Waiver', 'Config', 'DataSharingAgreement'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/**
 * The validator of each file kind: ajv standalone code generated from schemas/ by `npm run generate` (every error,
 * each with its failing schema for the explanations), so no process compiles schemas at start.
 */
const VALIDATORS = validators as unknown as Record<FileKind, ValidateFunction>;

/** A validator: true when the value is valid; otherwise its `errors` say why. */
export interface ValidateFunction {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export function getValidator(kind: FileKind): ValidateFunction {
  return VALIDATORS[kind];
}

/** True when `kind` names a file kind Meshplane knows. */
export function isFileKind(kind: unknown): kind is FileKind {
  return typeof kind === 'string' && (FILE_KINDS as readonly string[]).includes(kind);
}
