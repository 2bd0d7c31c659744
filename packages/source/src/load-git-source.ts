import type { LoadedSource } from '@meshplane/core';
import { readGitTree } from './read-git-tree.js';
import { readYamlDocument, symlinkFinding } from './read-yaml-document.js';

/**
 * Reads a catalog repository as it was at a commit (the base of a pull request): the same files and the same reader
 * rules as {@link loadRepository}, from git objects instead of the work tree.
 */
export function loadGitSource(root: string, commit: string, layout: { catalogRoot?: string } = {}): LoadedSource {
  const out: LoadedSource = { documents: [], findings: [], files: [] };
  const folders = [layout.catalogRoot ?? 'catalog', 'policies/waivers', '.github/meshplane.yml'];
  for (const f of readGitTree(root, commit, folders)) {
    out.files.push(f.path);
    if (!/\.ya?ml$/.test(f.path)) continue;
    if (f.mode === '120000') {
      out.findings.push(symlinkFinding(f.path));
      continue;
    }
    const r = readYamlDocument(f.path, f.content);
    for (const x of r.findings) out.findings.push(x);
    if (r.document) out.documents.push(r.document);
  }
  out.files.sort();
  out.documents.sort((a, b) => a.file.localeCompare(b.file));
  return out;
}
