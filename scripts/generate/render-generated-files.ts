import { loadSchemas } from './load-schemas.js';
import { renderReference } from './render-reference.js';
import { renderSchemaModule, renderTypes } from './render-types.js';
import { renderValidators } from './render-validators.js';

/** Every generated file, keyed by its path relative to the repository root. */
export async function renderGeneratedFiles(root: string): Promise<Map<string, string>> {
  const schemas = loadSchemas(root);
  const files = new Map<string, string>();
  files.set('packages/core/src/model/generated/types.ts', await renderTypes(schemas));
  files.set('packages/core/src/model/generated/schemas.ts', renderSchemaModule(schemas));
  files.set('packages/core/src/model/generated/validators.ts', renderValidators(schemas));
  for (const [name, md] of renderReference(schemas)) files.set(`docs/reference/${name}`, md);
  return files;
}
