import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGitTree, type GitFile } from './read-git-tree.js';

/** What a policy bundle is compiled from: repository path → text, for `policies/**` Rego files and capabilities.json. */
export type PolicyFiles = Map<string, string>;

const isPolicyFile = (p: string): boolean => p.endsWith('.rego') || p === 'policies/capabilities.json';

/** The policy files of a work tree, or undefined when it has no `policies/` folder. Links are not followed. */
export function readPolicyFiles(root: string): PolicyFiles | undefined {
  const files: PolicyFiles = new Map();
  const walk = (rel: string): void => {
    for (const name of readdirSync(join(root, rel)).sort()) {
      const child = `${rel}/${name}`;
      const st = lstatSync(join(root, child));
      if (st.isDirectory()) walk(child);
      else if (st.isFile() && isPolicyFile(child)) files.set(child, readFileSync(join(root, child), 'utf8'));
    }
  };
  try {
    if (!lstatSync(join(root, 'policies')).isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  walk('policies');
  return files;
}

/** The policy files at a commit (symbolic links skipped), or undefined when it has no `policies/` folder. */
export function readPolicyFilesAt(root: string, commit: string): PolicyFiles | undefined {
  return selectPolicyFiles(readGitTree(root, commit, ['policies']));
}

/** The policy files among files taken from a commit's `policies/` folder, or undefined when there are none at all. */
export function selectPolicyFiles(tree: readonly GitFile[]): PolicyFiles | undefined {
  if (tree.length === 0) return undefined;
  return new Map(tree.filter((f) => f.mode !== '120000' && isPolicyFile(f.path)).map((f) => [f.path, f.content.toString('utf8')]));
}
