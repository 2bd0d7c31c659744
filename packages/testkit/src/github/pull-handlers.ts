import { paginateItems } from './paginate-items.js';
import { diffCommits, findMergeBase, resolveObject } from './read-git-objects.js';
import { openPull } from './open-pull.js';
import { describeFile } from './git-handlers.js';
import type { GithubPull } from './github-state.js';
import { notFound, type HandlerContext, type HandlerResult, type Handlers } from './handler-types.js';

/** Pull requests opened with `openPull` (or created through the API), and their files from the git folder. */
export const PULL_HANDLERS: Handlers = {
  'pulls/create': (ctx) => {
    const head = typeof ctx.body.head === 'string' ? ctx.body.head : '';
    const base = typeof ctx.body.base === 'string' ? ctx.body.base : '';
    const title = typeof ctx.body.title === 'string' ? ctx.body.title : '';
    if (!ctx.repo.gitDir || !resolveObject(ctx.repo.gitDir, head, 'commit') || !resolveObject(ctx.repo.gitDir, base, 'commit')) {
      return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }] } };
    }
    const body = typeof ctx.body.body === 'string' ? ctx.body.body : undefined;
    const pull = openPull(ctx.state, ctx.repo, { head, base, title, ...(body ? { body } : {}), author: 'octocat' }, ctx.now);
    return { status: 201, body: showPull(ctx, pull) };
  },
  'pulls/get': (ctx) => withPull(ctx, (pull) => ({ status: 200, body: showPull(ctx, pull) })),
  'pulls/list': (ctx) => {
    const state = ctx.url.searchParams.get('state') ?? 'open';
    const pulls = ctx.repo.pulls.filter((p) => state === 'all' || p.state === state);
    const p = paginateItems(
      pulls.map((pull) => showPull(ctx, pull)),
      ctx.url,
    );
    return { status: 200, body: p.items, ...(p.link ? { headers: { link: p.link } } : {}) };
  },
  'pulls/list-files': (ctx) =>
    withPull(ctx, (pull) => {
      const dir = ctx.repo.gitDir;
      if (!dir) return notFound();
      const mergeBase = findMergeBase(dir, pull.base.sha, pull.head.sha) ?? pull.base.sha;
      const p = paginateItems(diffCommits(dir, mergeBase, pull.head.sha).map(describeFile(ctx)), ctx.url);
      return { status: 200, body: p.items, ...(p.link ? { headers: { link: p.link } } : {}) };
    }),
};

/** A pull request in GitHub's JSON shape (the fields clients read). */
export function showPull(ctx: Pick<HandlerContext, 'apiUrl' | 'repo'>, pull: GithubPull): Record<string, unknown> {
  const full = `${ctx.repo.owner}/${ctx.repo.repo}`;
  const side = (s: GithubPull['base']): Record<string, unknown> => ({
    label: `${s.repo.split('/')[0]}:${s.ref}`,
    ref: s.ref,
    sha: s.sha,
    repo: { full_name: s.repo, name: s.repo.split('/')[1], owner: { login: s.repo.split('/')[0] }, fork: s.repo !== full },
  });
  return {
    url: `${ctx.apiUrl}/repos/${full}/pulls/${pull.number}`,
    html_url: `https://github.com/${full}/pull/${pull.number}`,
    number: pull.number,
    state: pull.state,
    title: pull.title,
    body: pull.body,
    draft: pull.draft,
    merged: pull.merged,
    user: pull.user,
    base: side(pull.base),
    head: side(pull.head),
    created_at: pull.created_at,
    updated_at: pull.updated_at,
  };
}

function withPull(ctx: HandlerContext, fn: (pull: GithubPull) => HandlerResult): HandlerResult {
  const pull = ctx.repo.pulls.find((p) => p.number === Number(ctx.params.pull_number));
  return pull ? fn(pull) : notFound();
}
