import { runOpa } from '@meshplane/policy';
import type { Repository } from '../repository/resolve-repository.js';
import { UsageError } from '../usage-error.js';

/** `mesh policy fmt`: the Rego files `opa fmt` would change (with `fix`, it rewrites them). */
export function formatPolicies(repo: Repository, fix: boolean): string[] {
  const r = runOpa(['fmt', fix ? '--write' : '--list', 'policies'], { cwd: repo.root });
  if (r.status !== 0 && !fix && r.stdout.trim() === '') throw new UsageError(`opa fmt failed:\n${r.stderr.trim()}`, 'policy-fmt');
  return fix ? [] : r.stdout.split('\n').filter(Boolean);
}
