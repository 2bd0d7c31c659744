import { stringify } from 'yaml';

/**
 * An ODCS or ODPS document as the YAML `mesh export` writes: no line folding, and an object met twice written twice
 * (never as an anchor and alias, which some readers refuse).
 */
export function renderInteropYaml(document: object): string {
  return stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
}
