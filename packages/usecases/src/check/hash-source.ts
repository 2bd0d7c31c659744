import { createHash } from 'node:crypto';
import { serialize } from 'node:v8';
import type { LoadedSource } from '@meshplane/core';
import { identifyParsedValue } from '@meshplane/source';

/** Digests already worked out, by source: a pull request's check keys its base's findings and mesh table by one. */
const digests = new WeakMap<LoadedSource, string | undefined>();

/**
 * The digest of a source: its file paths, each document named by the bytes it was read from (a source read through a
 * parse index), and its findings. Undefined when a document was not read through an index (then nothing names it).
 */
export function digestSource(source: LoadedSource): string | undefined {
  if (digests.has(source)) return digests.get(source);
  const hash = createHash('sha256');
  for (const file of source.files) hash.update(`${file}\0`);
  let named = true;
  for (const doc of source.documents) {
    const id = identifyParsedValue(doc.value);
    if (id === undefined) {
      named = false;
      break;
    }
    hash.update(`${id}\n`);
  }
  hash.update(serialize(source.findings));
  const digest = named ? hash.digest('base64url') : undefined;
  digests.set(source, digest);
  return digest;
}
