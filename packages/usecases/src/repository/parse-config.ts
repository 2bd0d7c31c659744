import { validateDocument, type Config, type Finding } from '@meshplane/core';
import { readYamlDocument } from '@meshplane/source';
import { UsageError } from '../usage-error.js';

/** Where a catalog repository keeps its configuration. */
export const CONFIG_FILE = '.github/meshplane.yml';

/**
 * Reads and validates `.github/meshplane.yml` from its bytes (undefined: the file does not exist, so the defaults hold).
 * A config that does not parse or breaks its schema throws a {@link UsageError} listing each problem with its line.
 */
export function parseConfig(content: Buffer | undefined): Config {
  const file = CONFIG_FILE;
  if (content === undefined) return { apiVersion: 'meshplane/v1', kind: 'Config' };
  const { document, findings } = readYamlDocument(file, content);
  const problems: Finding[] = document ? validateDocument(document).findings : findings;
  if (problems.length > 0 || !document) {
    const lines = problems.map((f) => `  ${f.file}:${f.line ?? 1}: ${f.message}${f.hint ? ` ${f.hint}` : ''}`);
    throw new UsageError(`The configuration ${file} is not valid:\n${lines.join('\n')}`, 'config');
  }
  return document.value as Config;
}
