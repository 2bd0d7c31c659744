import { listSourceFolders, loadFilesSource, readYamlDocument, selectPolicyFiles, type GitFile, type ReadYaml } from '@meshplane/source';
import { CODEOWNERS_FILE } from '@meshplane/core';
import { readCommitFiles, type BlobCache, type GithubApi } from '@meshplane/github';
import type { CatalogSnapshot } from '@meshplane/usecases';

/** A repository and a commit of it, as the app reads it through GitHub's API. */
export interface CommitRef {
  owner: string;
  repo: string;
  commit: string;
}

/**
 * A catalog snapshot at a commit, read through GitHub's trees and blobs API with the same reader rules as a checkout:
 * the catalog, waivers and config through the YAML reader (`read`: a parse index's reader answers files it parsed before,
 * known by their blob ids), the Rego files for the bundle, and CODEOWNERS.
 */
export async function readSnapshot(
  api: GithubApi,
  at: CommitRef,
  catalogRoot: string,
  cache: BlobCache,
  read: ReadYaml = readYamlDocument,
): Promise<CatalogSnapshot> {
  const sourceFolders = listSourceFolders({ catalogRoot });
  const files = await readCommitFiles(api, at, [...sourceFolders, 'policies', CODEOWNERS_FILE], cache);
  const under = (folders: readonly string[]): GitFile[] => files.filter((f) => folders.some((d) => f.path === d || f.path.startsWith(`${d}/`)));
  const codeowners = files.find((f) => f.path === CODEOWNERS_FILE);
  return {
    source: loadFilesSource(under(sourceFolders), read),
    policies: selectPolicyFiles(under(['policies'])),
    commit: at.commit,
    ...(codeowners && codeowners.mode !== '120000' ? { codeowners: codeowners.content.toString('utf8') } : {}),
  };
}

/**
 * A pull request's base: the catalog where the branch left the base branch (the merge base, so changes merged into
 * the base since then are not mistaken for this pull request's), judged by the rules the base branch holds now — its
 * policies and waivers at `rules`.
 */
export async function readBaseSnapshot(
  api: GithubApi,
  mergeBase: CommitRef,
  rules: CommitRef,
  catalogRoot: string,
  cache: BlobCache,
  read: ReadYaml = readYamlDocument,
): Promise<CatalogSnapshot> {
  if (mergeBase.commit === rules.commit) return readSnapshot(api, mergeBase, catalogRoot, cache, read);
  const catalog = await readCommitFiles(api, mergeBase, [catalogRoot, '.github/meshplane.yml'], cache);
  const policies = await readCommitFiles(api, rules, ['policies'], cache);
  return {
    source: loadFilesSource([...catalog, ...policies.filter((f) => f.path.startsWith('policies/waivers/'))], read),
    policies: selectPolicyFiles(policies),
    commit: rules.commit,
  };
}
