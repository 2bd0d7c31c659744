import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CODEOWNERS_FILE, renderCodeowners } from '@meshplane/core';
import { checkRepository, type Repository } from '../repository/resolve-repository.js';

/** What `mesh codeowners` produced: the file's text, and whether it changed on disk. */
export interface CodeownersResult {
  content: string;
  path: string;
  /** `--write`: the file was written (false: it was already up to date). Without `--write`: it is out of date. */
  changed: boolean;
}

/**
 * `mesh codeowners [path] [--write]`: `.github/CODEOWNERS` generated from the catalog's domains, owner teams and the
 * governance team, printed, or written with `--write`. GitHub then requires the owners' review where branch protection
 * asks for code-owner reviews; `mesh check` warns when the committed file falls behind the catalog.
 */
export function generateCodeowners(repo: Repository, options: { write: boolean }): CodeownersResult {
  const { index } = checkRepository(repo, 'validate');
  const content = renderCodeowners(index, repo.config);
  const file = join(repo.root, CODEOWNERS_FILE);
  let current: string | undefined;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  const changed = current !== content;
  if (options.write && changed) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return { content, path: CODEOWNERS_FILE, changed };
}
