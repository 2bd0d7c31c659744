import { Parser, type ReadEntry } from 'tar';
import { toGithubError } from '../github-error.js';
import type { GithubApi, RepoRef } from './github-api.js';

/**
 * The files of a commit as GitHub's tarball of it holds them (`GET /repos/{owner}/{repo}/tarball/{ref}`, one request
 * for the whole repository), by path: regular files with their bytes, symbolic links with their target as bytes (what
 * git stores as a link's blob). Only the paths `wanted` says are kept. The archive is what `git archive` makes, so a
 * file may be missing (`export-ignore`) or differ from its blob (`export-subst`): callers check each file against its
 * blob id and read the others one by one.
 */
export async function readCommitArchive(api: GithubApi, at: RepoRef & { commit: string }, wanted: (path: string) => boolean): Promise<Map<string, Buffer>> {
  let archive: Buffer;
  try {
    const { data } = await api.rest.repos.downloadTarballArchive({ owner: at.owner, repo: at.repo, ref: at.commit });
    archive = Buffer.from(data as ArrayBuffer);
  } catch (e) {
    throw toGithubError(e, `download the archive of ${at.owner}/${at.repo} at ${at.commit.slice(0, 12)}`);
  }
  return listArchiveFiles(archive, wanted);
}

/** The files of a (gzipped) tar archive whose single top folder is dropped from their paths, as {@link readCommitArchive}. */
export function listArchiveFiles(archive: Buffer, wanted: (path: string) => boolean): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  return new Promise((resolve, reject) => {
    const parser = new Parser({
      strict: true,
      onReadEntry(entry: ReadEntry) {
        // GitHub's archives hold one folder, `<owner>-<repo>-<short sha>/`, around the repository's files.
        const path = entry.path.slice(entry.path.indexOf('/') + 1);
        if ((entry.type !== 'File' && entry.type !== 'SymbolicLink') || !wanted(path)) {
          entry.resume();
          return;
        }
        if (entry.type === 'SymbolicLink') {
          files.set(path, Buffer.from(entry.linkpath ?? '', 'utf8'));
          entry.resume();
          return;
        }
        const chunks: Buffer[] = [];
        entry.on('data', (c: Buffer) => chunks.push(c));
        entry.on('end', () => files.set(path, Buffer.concat(chunks)));
      },
    });
    parser.on('error', reject);
    parser.on('end', () => resolve(files));
    parser.end(archive);
  });
}
