import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkCatalog, type CatalogCheck, type Config } from '@meshplane/core';
import { loadWorkTree, openParseIndex } from '@meshplane/source';
import { UsageError } from '../usage-error.js';
import { TOOL_VERSION } from '../meshplane-home.js';
import { CONFIG_FILE, parseConfig } from './parse-config.js';
import { rememberVerdicts } from '../check/remember-verdicts.js';

/** A repository root and its configuration. */
export interface Repository {
  /** As the user named it. */
  root: string;
  config: Config;
  catalogRoot: string;
}

/**
 * Finds the repository a command works on: `path` is the repository root (the folder holding `catalog/`), or the
 * catalog folder itself. Reads `.github/meshplane.yml` when present; a broken config is a usage fault (exit 2).
 */
export function resolveRepository(path = '.'): Repository {
  const abs = resolve(path);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new UsageError(`${path} is not a directory.`);
  let root = path;
  if (!existsSync(resolve(abs, 'catalog')) && basename(abs) === 'catalog' && !existsSync(resolve(abs, '.github/meshplane.yml'))) root = dirname(path);
  const config = readConfig(root);
  const catalogRoot = config.catalog?.root ?? 'catalog';
  if (!existsSync(resolve(root, catalogRoot))) {
    throw new UsageError(`No ${catalogRoot}/ folder in ${resolve(root)}. Run mesh in a catalog repository, or name one: mesh check <path>.`, 'no-catalog');
  }
  return { root, config, catalogRoot };
}

/**
 * Loads and checks the whole repository (agreements judged as of `today` when given). Files read before are answered from the work tree's parse index
 * (`.meshplane/cache/index/`, keyed by content; see `openParseIndex`), so only changed files are parsed.
 */
export function checkRepository(repo: Repository, mode: 'validate' | 'check' = 'check', today?: string): CatalogCheck {
  const index = openParseIndex(join(repo.root, '.meshplane/cache/index'));
  index.load('worktree');
  const used = new Set<string>();
  const source = { ...loadWorkTree(repo.root, { catalogRoot: repo.catalogRoot }, index.reader(used)), memo: rememberVerdicts(index) };
  const checked = checkCatalog(source, { root: repo.root, catalogRoot: repo.catalogRoot, mode, toolVersion: TOOL_VERSION, ...(today ? { today } : {}) });
  index.save('worktree', used);
  return checked;
}

function readConfig(root: string): Config {
  const abs = resolve(root, CONFIG_FILE);
  if (!existsSync(abs)) return { apiVersion: 'meshplane/v1', kind: 'Config' };
  return parseConfig(readFileSync(abs));
}
