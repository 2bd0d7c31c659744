import type { SourceMemo } from '@meshplane/core';
import type { ParseIndex } from '@meshplane/source';
import { fingerprintCode } from '../fingerprint-code.js';

/**
 * Where a check keeps each file's verdict (its kind, whether it matches its schema, its schema and consistency
 * findings): in the parse index, with the file, under the fingerprint of the code that judged it. A later check of
 * the same bytes by the same code recalls the verdict instead of validating the file again.
 */
export function rememberVerdicts(index: ParseIndex): SourceMemo {
  const memo = index.memo(`verdict ${fingerprintCode()}`);
  return { recall: (doc) => memo.recall(doc.value), remember: (doc, data) => memo.remember(doc.value, data) };
}
