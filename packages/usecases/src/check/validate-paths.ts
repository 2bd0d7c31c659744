import { existsSync, statSync } from 'node:fs';
import { checkCatalog, type CheckReport } from '@meshplane/core';
import { loadFiles } from '@meshplane/source';
import { checkRepository, resolveRepository } from '../repository/resolve-repository.js';
import { TOOL_VERSION } from '../meshplane-home.js';
import { UsageError } from '../usage-error.js';

/**
 * `mesh validate [path…]`: each file against the schema of its kind, without the whole-mesh rules. Paths may be
 * files (checked alone, relative to the current folder) or one repository folder.
 */
export function validatePaths(paths: readonly string[]): CheckReport {
  const files = paths.filter((p) => existsSync(p) && statSync(p).isFile());
  if (paths.length === 0 || (paths.length === 1 && files.length === 0)) return checkRepository(resolveRepository(paths[0]), 'validate').report;
  const missing = paths.filter((p) => !files.includes(p));
  if (missing.length > 0) throw new UsageError(`Not a file: ${missing.join(', ')}. Name files, or one repository folder.`);
  return checkCatalog(loadFiles('.', files), { root: '.', mode: 'validate', toolVersion: TOOL_VERSION }).report;
}
