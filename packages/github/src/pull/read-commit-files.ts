import type { GitFile } from '@meshplane/core';
import { createHash } from 'node:crypto';
import { GithubError, toGithubError } from '../github-error.js';
import { readCommitArchive } from './read-commit-archive.js';
import type { GithubApi, RepoRef } from './github-api.js';

/**
 * Blobs by sha: content-addressed, so a cache can never be stale (and may be dropped at any time). The tree listings
 * of the commits read with a cache are kept beside it, the most recent few: a commit's tree never changes either, and
 * the pull requests on one base list the same merge base again and again.
 */
export type BlobCache = Map<string, Buffer>;

/**
 * From this many blobs to read, the commit's archive is read instead (one request for the whole repository), and only
 * what it lacks or holds otherwise one by one. A first check of a 10 000-product catalog reads 38 678 blobs: a request
 * each would take hours of an installation's 5 000 requests an hour.
 */
const ARCHIVE_MINIMUM = 200;

/**
 * Puts the contents of `missing` into `cache` from the commit's archive, each only when its bytes hash to its blob id:
 * an archive may leave a file out (`export-ignore`) or rewrite it (`export-subst`). An archive that cannot be read
 * leaves them all to be read one by one.
 */
async function fillFromArchive(api: GithubApi, at: RepoRef & { commit: string }, missing: readonly Entry[], cache: BlobCache): Promise<void> {
  const paths = new Set(missing.map((e) => e.path));
  let files: Map<string, Buffer>;
  try {
    files = await readCommitArchive(api, at, (path) => paths.has(path));
  } catch {
    return;
  }
  for (const e of missing) {
    const content = files.get(e.path);
    if (content && identifyGitBlob(content, e.sha.length) === e.sha) cache.set(e.sha, content);
  }
}

/**
 * Git's id of a blob with this content, SHA-1 (40 hex digits) or SHA-256 (64) as the repository's ids are. The twin of
 * source's `hashGitBlob` (SHA-1 only): adapters do not import each other, and core does no hashing.
 */
function identifyGitBlob(content: Buffer, length: number): string {
  return createHash(length === 64 ? 'sha256' : 'sha1')
    .update(`blob ${content.byteLength}\0`)
    .update(content)
    .digest('hex');
}

/** Tree listings by repository, commit and folders, per blob cache (see {@link BlobCache}). */
const listings = new WeakMap<BlobCache, Map<string, Entry[]>>();

/** How many listings a blob cache keeps: each is a whole catalog's paths (38 678 at 10 000 products). */
const LISTINGS_KEPT = 4;

/** Files at most this large are read; a bigger manifest is the reader's finding, not a download. */
const MAX_BLOB_BYTES = 4 * 1024 * 1024;

/**
 * The files under `folders` (paths or folder prefixes) at a commit, read through GitHub's git trees and blobs API: one
 * recursive tree listing, then each blob not already in `cache`, a few at a time (from the commit's archive when
 * there are many: {@link ARCHIVE_MINIMUM}). A tree GitHub truncates (over
 * 100 000 entries) is read folder by folder instead. Symbolic links come back with mode `120000` for the reader to
 * report.
 */
export async function readCommitFiles(
  api: GithubApi,
  at: RepoRef & { commit: string },
  folders: readonly string[],
  cache: BlobCache = new Map(),
): Promise<GitFile[]> {
  try {
    const entries = await listEntriesOnce(api, at, folders, cache);
    const missing = entries.filter((e) => !cache.has(e.sha) && (e.size ?? 0) <= MAX_BLOB_BYTES);
    if (missing.length >= ARCHIVE_MINIMUM) await fillFromArchive(api, at, missing, cache);
    const files: GitFile[] = [];
    // Workers take entries by position: `shift()` on an array of tens of thousands copies it every time (1.7 s for
    // the 38 678 files of a 10 000-product catalog).
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let e = entries[next++]; e; e = entries[next++]) {
        let content = cache.get(e.sha);
        if (!content) {
          if ((e.size ?? 0) > MAX_BLOB_BYTES) content = Buffer.alloc(MAX_BLOB_BYTES + 1);
          else {
            const { data } = await api.rest.git.getBlob({ owner: at.owner, repo: at.repo, file_sha: e.sha });
            content = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8');
          }
          cache.set(e.sha, content);
        }
        files.push({ path: e.path, mode: e.mode, content, oid: e.sha });
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    return files.sort((a, b) => a.path.localeCompare(b.path));
  } catch (e) {
    throw toGithubError(e, `read the files of ${at.owner}/${at.repo} at ${at.commit.slice(0, 12)}`);
  }
}

interface Entry {
  path: string;
  mode: string;
  sha: string;
  size?: number;
}

/** {@link listEntries}, or what an earlier call with the same cache listed for the same commit and folders. */
async function listEntriesOnce(api: GithubApi, at: RepoRef & { commit: string }, folders: readonly string[], cache: BlobCache): Promise<Entry[]> {
  // Only a commit id names a tree that never changes; a branch or tag is listed every time.
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(at.commit)) return listEntries(api, at, folders);
  const kept = listings.get(cache) ?? new Map<string, Entry[]>();
  listings.set(cache, kept);
  const key = `${at.owner}/${at.repo}\0${at.commit}\0${folders.join('\0')}`;
  const known = kept.get(key);
  const entries = known ?? (await listEntries(api, at, folders));
  // Most recently used last: the first is the one to let go.
  kept.delete(key);
  kept.set(key, entries);
  for (const old of kept.keys()) if (kept.size > LISTINGS_KEPT) kept.delete(old);
  return entries;
}

async function listEntries(api: GithubApi, at: RepoRef & { commit: string }, folders: readonly string[]): Promise<Entry[]> {
  const inside = (path: string): boolean => folders.some((f) => path === f || path.startsWith(`${f}/`));
  const data = await listTreeRecursively(api, { owner: at.owner, repo: at.repo, tree_sha: at.commit });
  if (!data.truncated) return data.tree.filter((e) => e.type === 'blob' && e.path && inside(e.path)).map(toEntry);
  // Too big for one listing: walk down to each folder, then list it recursively.
  const out: Entry[] = [];
  for (const folder of folders) {
    const parts = folder.split('/');
    let sha = at.commit;
    let prefix = '';
    for (const part of parts) {
      const { data: level } = await api.rest.git.getTree({ owner: at.owner, repo: at.repo, tree_sha: sha });
      const next = level.tree.find((e) => e.path === part);
      if (!next?.sha) {
        sha = '';
        break;
      }
      if (next.type === 'blob') {
        out.push(toEntry({ ...next, path: `${prefix}${part}` }));
        sha = '';
        break;
      }
      sha = next.sha;
      prefix += `${part}/`;
    }
    if (!sha) continue;
    const sub = await listTreeRecursively(api, { owner: at.owner, repo: at.repo, tree_sha: sha });
    if (sub.truncated) throw new GithubError('server-error', `${folder}/ at ${at.commit.slice(0, 12)} has more files than GitHub lists in one tree.`);
    for (const e of sub.tree) if (e.type === 'blob' && e.path) out.push(toEntry({ ...e, path: `${prefix}${e.path}` }));
  }
  return out;
}

type Tree = Awaited<ReturnType<GithubApi['rest']['git']['getTree']>>['data'];

/**
 * A recursive tree listing, its body parsed with `JSON.parse`: Octokit parses every response with json-with-bigint,
 * 0.3 s for the 38 678 entries of a 10 000-product catalog, and a tree holds no number that needs a bigint.
 */
async function listTreeRecursively(api: GithubApi, params: { owner: string; repo: string; tree_sha: string }): Promise<Tree> {
  const { data } = await api.rest.git.getTree({ ...params, recursive: 'true', request: { parseSuccessResponseBody: false } });
  return JSON.parse(await new Response(data as unknown as ReadableStream).text()) as Tree;
}

function toEntry(e: { path?: string; mode?: string; sha?: string; size?: number }): Entry {
  return { path: e.path ?? '', mode: e.mode ?? '100644', sha: e.sha ?? '', ...(e.size !== undefined ? { size: e.size } : {}) };
}
