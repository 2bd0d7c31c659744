import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GitError } from './read-git-tree.js';

/** Where a data branch lives: a remote (a URL or a path), a branch, and a token for HTTPS. */
export interface DataBranchAt {
  remote: string;
  branch: string;
  /** Sent as an HTTP `Authorization` header through git's environment, so it is in no URL, argument or log. */
  token?: string;
  /** Path prefixes of the files read (default every file but `.git`). */
  folders?: string[];
}

/** What one push answered: pushed, refused by the remote (someone pushed first, a hook), or failed to talk to it. */
export interface PushResult {
  outcome: 'pushed' | 'rejected' | 'failed';
  /** Git's answer, with the remote's credentials and the token taken out. */
  detail: string;
}

/** A data branch checked out in a temporary folder. */
export interface DataBranch {
  /** False until the first push creates it. */
  exists: boolean;
  /** Every file of the branch's tree (under `folders`): path → content. */
  files: Map<string, string>;
  /** Fetches the branch again (after a rejected push), dropping any local commit. */
  refresh(): void;
  /** Writes and removes files, commits them as meshplane[bot] and pushes as a fast-forward, never forcing. */
  commitAndPush(change: { write: ReadonlyMap<string, string>; remove: readonly string[] }, message: string): PushResult;
  /** Removes the temporary folder. */
  remove(): void;
}

const IDENTITY = ['-c', 'user.name=meshplane[bot]', '-c', 'user.email=meshplane[bot]@users.noreply.github.com', '-c', 'commit.gpgsign=false'];
/** No hook of the machine's git templates or config runs in the temporary clone. */
const NO_HOOKS = ['-c', 'core.hooksPath=/dev/null'];

/**
 * Fetches a data branch (if it exists) into a new temporary folder, a shallow clone of its tip. A remote that cannot
 * be reached is a GitError `unreachable` naming the branch and the remote (without credentials), before anything is
 * written anywhere. Pushes are plain fast-forwards: a push that would overwrite someone else's commit is rejected by
 * the remote, and the caller refreshes and tries again.
 */
export function openDataBranch(at: DataBranchAt): DataBranch {
  checkBranchName(at.branch);
  const dir = mkdtempSync(join(tmpdir(), 'meshplane-data-'));
  const scrub = (text: string) => scrubCredentials(text, at);
  const git = (args: string[]) => runGit(dir, [...NO_HOOKS, ...args], at.token, scrub);
  const must = (args: string[], what: string) => {
    const r = git(args);
    if (r.status !== 0) throw new GitError(`Git failed ${what} of the data branch ${at.branch}: ${r.stderr.trim()}`, 'git-failed');
  };
  must(['init', '-q', '-b', at.branch], 'starting a clone');
  must(['remote', 'add', 'origin', at.remote], 'naming the remote');
  const branch: DataBranch = {
    exists: false,
    files: new Map(),
    refresh() {
      const heads = git(['ls-remote', '--heads', 'origin', `refs/heads/${at.branch}`]);
      if (heads.status !== 0) {
        const why = heads.stderr.trim().split('\n').slice(-3).join(' ') || 'git ls-remote failed';
        throw new GitError(`Cannot reach the data branch ${at.branch} at ${describeRemote(at.remote)}: ${why}`, 'unreachable');
      }
      branch.exists = heads.stdout.trim() !== '';
      if (branch.exists) {
        must(['fetch', '-q', '--depth=1', 'origin', `+refs/heads/${at.branch}:refs/remotes/origin/${at.branch}`], 'fetching the tip');
        must(['reset', '-q', '--hard', `origin/${at.branch}`], 'checking out the tip');
      } else {
        // Still no branch (a push failed for another reason): start again from an empty tree, without the local commit.
        git(['update-ref', '-d', 'HEAD']);
        git(['rm', '-r', '-q', '--cached', '--ignore-unmatch', '.']);
        git(['clean', '-q', '-fdx']);
      }
      branch.files = readTree(dir, at.folders);
    },
    commitAndPush(change, message) {
      for (const path of change.remove) rmSync(join(dir, path), { force: true });
      for (const [path, text] of change.write) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      must(['add', '-A'], 'staging the files');
      must([...IDENTITY, 'commit', '-q', '--no-verify', '-m', message], 'committing');
      const push = git(['push', '--porcelain', 'origin', `HEAD:refs/heads/${at.branch}`]);
      const detail = (push.stdout + push.stderr).trim();
      if (push.status === 0) return { outcome: 'pushed', detail };
      // --porcelain marks a refused ref with `!` (rejected as not a fast-forward, or by the remote's hooks).
      return { outcome: /^!\t/m.test(push.stdout) ? 'rejected' : 'failed', detail };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  try {
    branch.refresh();
  } catch (e) {
    branch.remove();
    throw e;
  }
  return branch;
}

/** A branch name git accepts and no option can be mistaken for. */
function checkBranchName(name: string): void {
  const ok = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(name) && !/\.\.|\/\/|\.lock$|\/$|\.$|@\{/.test(name);
  if (!ok) throw new GitError(`\`${name}\` is not a branch name for the data branch (letters, digits, ".", "_", "-" and "/").`, 'unknown-ref');
}

/** Runs git in `dir` without prompts; the token, if any, goes in through GIT_CONFIG_* variables. */
function runGit(dir: string, args: string[], token: string | undefined, scrub: (s: string) => string) {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
  if (token) {
    const n = Number(env.GIT_CONFIG_COUNT ?? 0) || 0;
    env.GIT_CONFIG_COUNT = String(n + 1);
    env[`GIT_CONFIG_KEY_${n}`] = 'http.extraheader';
    env[`GIT_CONFIG_VALUE_${n}`] = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
  }
  const r = spawnSync('git', args, { cwd: dir, env, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  return { status: r.error ? 1 : r.status, stdout: scrub(r.stdout ?? ''), stderr: scrub(r.stderr ?? String(r.error ?? '')) };
}

function readTree(dir: string, folders: string[] | undefined): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (path === '.git') continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && (!folders || folders.some((f) => path.startsWith(f)))) files.set(path, readFileSync(join(dir, path), 'utf8'));
    }
  };
  walk('');
  return files;
}

/** Git's words without the token or the user and password a remote URL may hold. */
function scrubCredentials(text: string, at: DataBranchAt): string {
  let out = text;
  const shown = describeRemote(at.remote);
  if (shown !== at.remote) out = out.split(at.remote).join(shown);
  if (at.token) out = out.split(at.token).join('***');
  return out.replace(/(https?:\/\/)[^/@\s]+@/g, '$1');
}

/** A remote as messages show it: a URL without any user or password. */
export function describeRemote(remote: string): string {
  try {
    const url = new URL(remote);
    if (!url.username && !url.password) return remote;
    url.username = '';
    url.password = '';
    return url.toString();
  } catch {
    return remote;
  }
}
