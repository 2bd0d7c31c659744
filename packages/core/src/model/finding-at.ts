import type { Finding, Severity } from './finding.js';
import type { SourceDocument } from './source-document.js';

/** What a finding says, before it is placed in a file. */
export interface FindingText {
  ruleId: string;
  severity?: Severity;
  message: string;
  hint?: string;
  productId?: string;
  /** The finding this one follows from (see foldConsequences). */
  cause?: string;
}

/** Places a finding on the line of `pointer` in `doc` (on its key with `part: 'key'`). Severity defaults to error. */
export function findingAt(doc: SourceDocument, pointer: string, text: FindingText, part: 'key' | 'value' = 'value'): Finding {
  const pos = doc.locate(pointer, part);
  return {
    ruleId: text.ruleId,
    severity: text.severity ?? 'error',
    message: text.message,
    ...(text.hint ? { hint: text.hint } : {}),
    file: doc.file,
    line: pos.line,
    column: pos.column,
    pointer,
    ...(text.productId ? { productId: text.productId } : {}),
    ...(text.cause ? { cause: text.cause } : {}),
  };
}
