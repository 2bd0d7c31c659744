import { spawnSync } from 'node:child_process';

/** Runs git in the repository a local GitHub repository serves; undefined when git fails (an unknown object). */
export function runGit(dir: string, args: string[]): Buffer | undefined {
  const r = spawnSync('git', args, {
    cwd: dir,
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
  });
  return r.status === 0 ? r.stdout : undefined;
}

/** The object a commit sha, tree sha or ref names, peeled to `kind`; undefined when there is none. */
export function resolveObject(dir: string, name: string, kind: 'commit' | 'tree'): string | undefined {
  if (name.startsWith('-')) return undefined;
  return (
    runGit(dir, ['rev-parse', '--verify', '--quiet', `${name}^{${kind}}`])
      ?.toString('utf8')
      .trim() || undefined
  );
}

/** One entry of `git ls-tree -l`: GitHub's tree entry fields. */
export interface TreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  size?: number;
}

/** The entries of a tree, with every subtree's entries too when `recursive`. */
export function listTree(dir: string, tree: string, recursive: boolean): TreeEntry[] {
  const out = runGit(dir, ['ls-tree', '-z', '-l', ...(recursive ? ['-r', '-t'] : []), tree]);
  if (!out) return [];
  return out
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode = '', type = '', sha = '', size = '-'] = line.slice(0, tab).split(/ +/);
      const entry: TreeEntry = { path: line.slice(tab + 1), mode, type: type as TreeEntry['type'], sha };
      if (size !== '-') entry.size = Number(size);
      return entry;
    });
}

/** A blob's bytes, or undefined when `sha` is not a blob. */
export function readBlob(dir: string, sha: string): Buffer | undefined {
  if (!/^[0-9a-f]{40}$/.test(sha)) return undefined;
  const known = readAllBlobs(dir).get(sha);
  if (known) return known;
  // `cat-file blob` fails on anything that is not a blob (a tree, a commit, an unknown sha): one git process a blob.
  return runGit(dir, ['cat-file', 'blob', sha]);
}

/**
 * Every blob of a repository, read once with one `git cat-file --batch-all-objects` (a 10 000-product catalog is
 * 38 000 blobs: a git process each took minutes). Blobs are named by their content, so what is read stays true;
 * blobs committed later are read one at a time.
 */
const blobsByRepo = new Map<string, Map<string, Buffer>>();
function readAllBlobs(dir: string): Map<string, Buffer> {
  let blobs = blobsByRepo.get(dir);
  if (blobs) return blobs;
  blobs = new Map();
  blobsByRepo.set(dir, blobs);
  const out = runGit(dir, ['cat-file', '--batch-all-objects', '--unordered', '--batch']);
  for (let at = 0; out && at < out.length;) {
    const eol = out.indexOf(0x0a, at);
    const [sha = '', type = '', size = '0'] = out.subarray(at, eol).toString('utf8').split(' ');
    const start = eol + 1;
    const end = start + Number(size);
    if (type === 'blob') blobs.set(sha, Buffer.from(out.subarray(start, end)));
    at = end + 1;
  }
  return blobs;
}

/** A changed file between two commits, as `git diff --name-status -M` reports it. */
export interface ChangedFile {
  status: 'added' | 'removed' | 'modified' | 'renamed';
  filename: string;
  previous_filename?: string;
  /** The blob at the head side (the base side for a removal). */
  sha: string;
}

/** The files changed from `base` to `head` (renames detected), in path order. */
export function diffCommits(dir: string, base: string, head: string): ChangedFile[] {
  const renames = runGit(dir, ['diff', '--raw', '-z', '--no-abbrev', '-M', base, head]);
  if (!renames) return [];
  const parts = renames.toString('utf8').split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < parts.length - 1;) {
    const meta = parts[i] ?? '';
    if (!meta.startsWith(':')) {
      i += 1;
      continue;
    }
    const [, , oldSha = '', newSha = '', code = ''] = meta.slice(1).split(' ');
    if (code.startsWith('R')) {
      files.push({ status: 'renamed', previous_filename: parts[i + 1] ?? '', filename: parts[i + 2] ?? '', sha: newSha });
      i += 3;
      continue;
    }
    const filename = parts[i + 1] ?? '';
    const status = code === 'A' ? 'added' : code === 'D' ? 'removed' : 'modified';
    files.push({ status, filename, sha: status === 'removed' ? oldSha : newSha });
    i += 2;
  }
  return files.sort((a, b) => a.filename.localeCompare(b.filename));
}

/** The merge base of two commits. */
export function findMergeBase(dir: string, a: string, b: string): string | undefined {
  return runGit(dir, ['merge-base', a, b])?.toString('utf8').trim() || undefined;
}

/** The commits reachable from `head` and not from `base`, oldest first. */
export function listCommitsBetween(dir: string, base: string, head: string): string[] {
  return (runGit(dir, ['rev-list', '--reverse', `${base}..${head}`])?.toString('utf8') ?? '').split('\n').filter(Boolean);
}
