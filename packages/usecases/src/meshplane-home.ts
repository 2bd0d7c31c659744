import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Finds the Meshplane installation that `from` (a module URL or a path) lies in: the nearest folder at or above it
 * that holds `schemas/data-product.schema.json` and `policies/global/`. That is the repository root for the built
 * workspace packages (`packages/usecases/dist/…`) and the package folder for the bundled CLI
 * (`node_modules/meshplane/dist/mesh.js`), so the same code finds its assets in both. Throws when there is none.
 */
export function findMeshplaneHome(from: string | URL): string {
  const start = typeof from === 'string' ? from : fileURLToPath(from);
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'schemas', 'data-product.schema.json')) && existsSync(join(dir, 'policies', 'global'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No Meshplane installation (schemas/ and policies/global/) at or above ${start}.`);
  }
}

/**
 * The Meshplane installation this code runs from: the folder holding `package.json` (its version), `schemas/`,
 * `policies/` (the governance group's starter rules), `site/` (the Astro project) and `.github/workflows/` (the
 * workflow templates).
 */
export const MESHPLANE_HOME: string = findMeshplaneHome(new URL('.', import.meta.url));

/** The Meshplane version: the `version` of the installation's package.json. */
export const TOOL_VERSION: string = (JSON.parse(readFileSync(join(MESHPLANE_HOME, 'package.json'), 'utf8')) as { version: string }).version;
