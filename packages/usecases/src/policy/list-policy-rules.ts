import { join } from 'node:path';
import type { PolicyRule } from '@meshplane/core';
import { compilePolicyBundle } from '@meshplane/policy';
import { readPolicyFiles } from '@meshplane/source';
import type { Repository } from '../repository/resolve-repository.js';
import { UsageError } from '../usage-error.js';

/** `mesh policy docs`: the policy catalog, read from every rule's METADATA. */
export function listPolicyRules(repo: Repository): PolicyRule[] {
  const files = readPolicyFiles(repo.root);
  if (!files) throw new UsageError('No policies/ folder in this repository.', 'no-policies');
  return compilePolicyBundle(files, { cacheDir: join(repo.root, '.meshplane/cache/policy') }).rules;
}
