import { basename } from 'node:path';
import { paginateItems } from './paginate-items.js';
import { diffCommits, findMergeBase, listCommitsBetween, listTree, readBlob, resolveObject, runGit } from './read-git-objects.js';
import { notFound, type HandlerContext, type HandlerResult, type Handlers } from './handler-types.js';

/**
 * Repository contents from the repository's local git folder (`serveGit`): trees, blobs, file contents at a ref, and
 * comparisons — the objects GitHub would serve, read with git itself.
 */
export const GIT_HANDLERS: Handlers = {
  'repos/get': (ctx) => ({
    status: 200,
    body: {
      id: 1,
      name: ctx.repo.repo,
      full_name: `${ctx.repo.owner}/${ctx.repo.repo}`,
      owner: { login: ctx.repo.owner },
      private: false,
      default_branch: ctx.repo.defaultBranch,
      html_url: `https://github.com/${ctx.repo.owner}/${ctx.repo.repo}`,
    },
  }),
  'git/get-tree': (ctx) =>
    withGit(ctx, (dir) => {
      const tree = resolveObject(dir, ctx.params.tree_sha ?? '', 'tree');
      if (!tree) return notFound();
      const recursive = ctx.url.searchParams.has('recursive');
      const entries = listTree(dir, tree, recursive).map((e) => ({
        ...e,
        url: `${repoUrl(ctx)}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`,
      }));
      return { status: 200, body: { sha: tree, url: `${repoUrl(ctx)}/git/trees/${tree}`, tree: entries, truncated: false } };
    }),
  // GitHub answers with a redirect to codeload.github.com, a short-lived link; here the server's own CODELOAD_PATH.
  'repos/download-tarball-archive': (ctx) =>
    withGit(ctx, (dir) => {
      const commit = resolveObject(dir, ctx.params.ref ?? '', 'commit');
      if (!commit) return notFound();
      return { status: 302, headers: { location: `${ctx.apiUrl}${CODELOAD_PATH}/${ctx.repo.owner}/${ctx.repo.repo}/legacy.tar.gz/${commit}` } };
    }),
  'git/get-blob': (ctx) =>
    withGit(ctx, (dir) => {
      const sha = ctx.params.file_sha ?? '';
      const content = readBlob(dir, sha);
      if (!content) return notFound();
      return {
        status: 200,
        body: { sha, node_id: sha, size: content.length, url: `${repoUrl(ctx)}/git/blobs/${sha}`, content: wrapBase64(content), encoding: 'base64' },
      };
    }),
  'repos/get-content': (ctx) =>
    withGit(ctx, (dir) => {
      const commit = resolveObject(dir, ctx.url.searchParams.get('ref') ?? ctx.repo.defaultBranch, 'commit');
      const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
      if (!commit) return notFound();
      const type = runGit(dir, ['cat-file', '-t', `${commit}:${path}`])
        ?.toString('utf8')
        .trim();
      const sha = runGit(dir, ['rev-parse', `${commit}:${path}`])
        ?.toString('utf8')
        .trim();
      if (!type || !sha) return notFound();
      if (type === 'tree') {
        const entries = listTree(dir, sha, false).map((e) => ({
          type: e.type === 'tree' ? 'dir' : 'file',
          name: e.path,
          path: path ? `${path}/${e.path}` : e.path,
          sha: e.sha,
          size: e.size ?? 0,
        }));
        return { status: 200, body: entries };
      }
      const content = readBlob(dir, sha) ?? Buffer.alloc(0);
      // As GitHub: a file over 1 MB comes without its content (encoding `none`); read it as a blob instead.
      const large = content.length > 1024 * 1024;
      return {
        status: 200,
        body: {
          type: 'file',
          encoding: large ? 'none' : 'base64',
          size: content.length,
          name: basename(path),
          path,
          sha,
          content: large ? '' : wrapBase64(content),
          url: `${repoUrl(ctx)}/contents/${path}`,
        },
      };
    }),
  'repos/compare-commits-with-basehead': (ctx) =>
    withGit(ctx, (dir) => {
      const [baseName = '', headName = ''] = (ctx.params.basehead ?? '').split('...');
      const base = resolveObject(dir, baseName, 'commit');
      const head = resolveObject(dir, headName, 'commit');
      if (!base || !head) return notFound();
      const mergeBase = findMergeBase(dir, base, head) ?? base;
      const ahead = listCommitsBetween(dir, mergeBase, head);
      const behind = listCommitsBetween(dir, mergeBase, base);
      const files = paginateItems(diffCommits(dir, mergeBase, head).map(describeFile(ctx)), ctx.url);
      const status = ahead.length === 0 ? (behind.length === 0 ? 'identical' : 'behind') : behind.length === 0 ? 'ahead' : 'diverged';
      return {
        status: 200,
        body: {
          status,
          ahead_by: ahead.length,
          behind_by: behind.length,
          total_commits: ahead.length,
          base_commit: { sha: base },
          merge_base_commit: { sha: mergeBase },
          commits: ahead.map((sha) => ({ sha })),
          files: files.items,
        },
        ...(files.link ? { headers: { link: files.link } } : {}),
      };
    }),
};

/** A changed file as GitHub's compare and pull-request files routes show it. */
export function describeFile(ctx: HandlerContext): (f: ReturnType<typeof diffCommits>[number]) => Record<string, unknown> {
  return (f) => ({
    sha: f.sha,
    filename: f.filename,
    status: f.status,
    additions: 0,
    deletions: 0,
    changes: 0,
    blob_url: `https://github.com/${ctx.repo.owner}/${ctx.repo.repo}/blob/${f.sha}/${f.filename}`,
    raw_url: `https://github.com/${ctx.repo.owner}/${ctx.repo.repo}/raw/${f.sha}/${f.filename}`,
    contents_url: `${repoUrl(ctx)}/contents/${f.filename}`,
    ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
  });
}

function withGit(ctx: HandlerContext, fn: (dir: string) => HandlerResult): HandlerResult {
  return ctx.repo.gitDir ? fn(ctx.repo.gitDir) : notFound();
}

function repoUrl(ctx: HandlerContext): string {
  return `${ctx.apiUrl}/repos/${ctx.repo.owner}/${ctx.repo.repo}`;
}

/** Base64 in lines of 60 characters, as GitHub sends file contents. */
function wrapBase64(content: Buffer): string {
  return (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + '\n';
}

/** Where the server serves the archives its tarball redirects point at (GitHub: another host, codeload.github.com). */
export const CODELOAD_PATH = '/_codeload';

/**
 * A commit's archive as codeload.github.com serves it: `git archive` as gzipped tar, its files in one folder named
 * `<owner>-<repo>-<short sha>/` (so `export-ignore` and `export-subst` apply, as on GitHub). Undefined when the path
 * names no commit of a served repository.
 */
export function readCodeloadArchive(repo: { owner: string; repo: string; gitDir?: string }, commit: string): Buffer | undefined {
  if (!repo.gitDir || !/^[0-9a-f]{40,64}$/.test(commit)) return undefined;
  return runGit(repo.gitDir, ['archive', '--format=tar.gz', `--prefix=${repo.owner}-${repo.repo}-${commit.slice(0, 7)}/`, commit]);
}
