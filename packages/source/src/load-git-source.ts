import type { LoadedSource } from '@meshplane/core';
import { readGitTree, type GitFile } from './read-git-tree.js';
import { readYamlDocument, symlinkFinding } from './read-yaml-document.js';
import type { ReadYaml } from './parse-index.js';

/** The folders (and the config file) a catalog check reads from a commit. */
export function listSourceFolders(layout: { catalogRoot?: string } = {}): string[] {
  return [layout.catalogRoot ?? 'catalog', 'policies/waivers', '.github/meshplane.yml'];
}

/**
 * Reads a catalog repository as it was at a commit (the base of a pull request): the same files and the same reader
 * rules as {@link loadRepository}, from git objects instead of the work tree.
 */
export function loadGitSource(root: string, commit: string, layout: { catalogRoot?: string } = {}, read: ReadYaml = readYamlDocument): LoadedSource {
  return loadFilesSource(readGitTree(root, commit, listSourceFolders(layout)), read);
}

/**
 * Reads catalog files already taken from a commit — by `git cat-file` here, or through GitHub's trees and blobs API by
 * the app — with the reader's rules: symbolic links are findings, every YAML file goes through the safe reader.
 * The caller passes only the files under {@link listSourceFolders}.
 */
export function loadFilesSource(files: readonly GitFile[], read: ReadYaml = readYamlDocument): LoadedSource {
  const out: LoadedSource = { documents: [], findings: [], files: [] };
  // A file's content is fetched only when the reader must parse it (a parse index knows the others by blob id).
  const known = (f: GitFile): f is GitFile & { oid: string } => read.readStored !== undefined && f.oid !== undefined;
  read.prefill?.(
    files
      .filter((f) => /\.ya?ml$/.test(f.path) && f.mode !== '120000')
      .map((f) => (known(f) ? { file: f.path, oid: f.oid, content: () => f.content } : { file: f.path, content: f.content })),
  );
  for (const f of files) {
    out.files.push(f.path);
    if (!/\.ya?ml$/.test(f.path)) continue;
    if (f.mode === '120000') {
      out.findings.push(symlinkFinding(f.path));
      continue;
    }
    const r = known(f) && read.readStored ? read.readStored(f.path, f.oid, () => f.content) : read(f.path, f.content);
    for (const x of r.findings) out.findings.push(x);
    if (r.document) out.documents.push(r.document);
  }
  out.files.sort();
  out.documents.sort((a, b) => a.file.localeCompare(b.file));
  return out;
}
