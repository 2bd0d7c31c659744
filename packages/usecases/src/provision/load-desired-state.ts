import { buildDesiredState, checkCatalog, type CatalogCheck, type DesiredState, type Engine } from '@meshplane/core';
import { loadGitSource } from '@meshplane/source';
import { checkRepository, type Repository } from '../repository/resolve-repository.js';
import { TOOL_VERSION } from '../meshplane-home.js';

/** The desired state of the catalog in the work tree, or at a commit, and the check it came from. */
export interface DesiredCatalog {
  desired: DesiredState;
  check: CatalogCheck;
  /** Products left out because their manifests have errors. */
  skipped: string[];
}

/** Reads the catalog (work tree, or `commit`) and derives what the platform should hold. */
export function loadDesiredState(repo: Repository, options: { engine: Engine; today: string; commit?: string }): DesiredCatalog {
  const check = options.commit
    ? checkCatalog(loadGitSource(repo.root, options.commit, { catalogRoot: repo.catalogRoot }), {
        root: repo.root,
        catalogRoot: repo.catalogRoot,
        toolVersion: TOOL_VERSION,
        today: options.today,
      })
    : checkRepository(repo, 'check', options.today);
  const desired = buildDesiredState(check.index, { engine: options.engine, today: options.today });
  return { desired, check, skipped: check.index.products.filter((p) => !p.valid).map((p) => p.id) };
}

/** The engine the configuration names. */
export function readEngine(repo: Repository): Engine {
  return repo.config.platform?.driver ?? 'duckdb';
}
