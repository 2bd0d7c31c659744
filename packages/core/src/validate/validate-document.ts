import type { Finding } from '../model/finding.js';
import type { SourceDocument } from '../model/source-document.js';
import { FILE_KINDS, getValidator, isFileKind, type FileKind } from './compile-validators.js';
import { explainSchemaErrors } from './explain-schema-errors.js';
import { didYouMean } from './suggest.js';

/** A document whose kind is known, with the findings of validating it against that kind's schema. */
export interface ValidatedDocument {
  doc: SourceDocument;
  kind: FileKind | undefined;
  /** True when the document matches its schema (no findings). */
  valid: boolean;
  findings: Finding[];
}

/**
 * Validates one parsed file against the JSON Schema of its `kind`. All errors are reported, not just the first.
 *
 * @example
 * const { valid, findings } = validateDocument(doc); // findings: [{ ruleId: 'schema.unknown-key', line: 12, … }]
 */
export function validateDocument(doc: SourceDocument): ValidatedDocument {
  const v = doc.value;
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    return { doc, kind: undefined, valid: false, findings: [notAMapping(doc, v)] };
  }
  const known = validated.get(v);
  if (known && known.file === doc.file) return { doc, kind: known.kind, valid: known.valid, findings: known.findings };
  const kind = (v as Record<string, unknown>).kind;
  if (!isFileKind(kind)) return { doc, kind: undefined, valid: false, findings: [unknownKind(doc, kind)] };
  const validate = getValidator(kind);
  const valid = validate(v);
  const id = productIdOf(v);
  const findings = valid ? [] : explainSchemaErrors(validate.errors ?? [], doc, kind === 'DataProduct' ? id : undefined);
  validated.set(v, { file: doc.file, kind, valid, findings });
  return { doc, kind, valid, findings };
}

/**
 * Results by parsed value. A pull request's check validates the base and the head; their unchanged files come from
 * one parse index entry, so they are the same (never modified) object, and validating them once is enough.
 */
const validated = new WeakMap<object, { file: string; kind: FileKind; valid: boolean; findings: Finding[] }>();

function productIdOf(v: object): string | undefined {
  const id = (v as { metadata?: { id?: unknown } }).metadata?.id;
  return typeof id === 'string' ? id : undefined;
}

function notAMapping(doc: SourceDocument, v: unknown): Finding {
  const what = Array.isArray(v) ? 'a list' : v === null ? 'empty' : `a single ${typeof v}`;
  return {
    ruleId: 'yaml.not-a-mapping',
    severity: 'error',
    message: `The file is ${what}; a Meshplane file is a mapping with apiVersion, kind, metadata and spec.`,
    hint: 'Start from `mesh new product <domain>/<name>` or a file in docs/reference/.',
    file: doc.file,
    line: 1,
    column: 1,
    pointer: '',
  };
}

function unknownKind(doc: SourceDocument, kind: unknown): Finding {
  const pos = doc.locate('/kind');
  const has = kind !== undefined;
  return {
    ruleId: 'schema.unknown-kind',
    severity: 'error',
    message: has ? `Unknown kind ${JSON.stringify(kind)}.` : 'The file has no `kind`.',
    hint: `${typeof kind === 'string' ? didYouMean(kind, FILE_KINDS) : ''}Use one of: ${FILE_KINDS.join(', ')}.`,
    file: doc.file,
    line: pos.line,
    column: pos.column,
    pointer: has ? '/kind' : '',
  };
}
