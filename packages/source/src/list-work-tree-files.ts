import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { listSourceFolders } from './load-git-source.js';
import type { RepositoryLayout } from './load-repository.js';

const run = promisify(execFile);

/**
 * What git says of the files under the catalog folders, as git prints it (`-z`, NUL-separated): the index entries
 * (`ls-files --stage -v`), the files the work tree changed since (`diff-files`), and the untracked and ignored ones
 * (`ls-files --others`). Read once, it serves both the loader ({@link loadWorkTree}) and the fingerprint of the files
 * ({@link fingerprintWorkTree}).
 */
export interface WorkTreeListing {
  tracked: string;
  changed: string;
  untracked: string;
}

/** The git commands of a listing: the config file is one path, which the loader and the fingerprint read themselves. */
function listingCommands(layout: RepositoryLayout): string[][] {
  const spec = ['--', ...listSourceFolders(layout).filter((f) => f.endsWith('/') || !f.endsWith('.yml'))];
  // Literal pathspecs: a folder name is a name, never a glob.
  return [
    ['--literal-pathspecs', 'ls-files', '--stage', '-v', '-z', ...spec],
    ['--literal-pathspecs', 'diff-files', '--name-only', '--relative', '-z', ...spec],
    ['--literal-pathspecs', 'ls-files', '--others', '-z', ...spec],
  ];
}

/** The listing, the three commands one after another; undefined when git cannot say (not a work tree, no git). */
export function listWorkTreeFiles(root: string, layout: RepositoryLayout = {}): WorkTreeListing | undefined {
  const out = listingCommands(layout).map((args) => {
    const r = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
    return r.status === 0 ? r.stdout : undefined;
  });
  return toListing(out);
}

/** {@link listWorkTreeFiles} with the three commands at once: git's walk for untracked files overlaps the others. */
export async function listWorkTreeFilesAsync(root: string, layout: RepositoryLayout = {}): Promise<WorkTreeListing | undefined> {
  const out = await Promise.all(
    listingCommands(layout).map((args) =>
      run('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 }).then(
        (r) => r.stdout,
        () => undefined,
      ),
    ),
  );
  return toListing(out);
}

function toListing([tracked, changed, untracked]: (string | undefined)[]): WorkTreeListing | undefined {
  return tracked === undefined || changed === undefined || untracked === undefined ? undefined : { tracked, changed, untracked };
}
