import { paginateItems } from './paginate-items.js';
import { BOT_USER, describeUser, nodeId, takeId } from './github-state.js';
import type { HandlerContext, HandlerResult, Handlers } from './handler-types.js';

/**
 * Pull-request reviews and review requests, kept per pull number. The harness keeps no pull requests themselves
 * (the app's harness serves those from a git repository), so any pull number is accepted here.
 */
export const REVIEW_HANDLERS: Handlers = {
  'pulls/create-review': (ctx) => {
    const id = takeId(ctx.state);
    const event = typeof ctx.body.event === 'string' ? ctx.body.event : undefined;
    const state = event === 'APPROVE' ? 'APPROVED' : event === 'REQUEST_CHANGES' ? 'CHANGES_REQUESTED' : event === 'COMMENT' ? 'COMMENTED' : 'PENDING';
    const review = {
      id,
      node_id: nodeId('PullRequestReview', id),
      pull_number: pullNumber(ctx),
      user: BOT_USER,
      body: typeof ctx.body.body === 'string' ? ctx.body.body : '',
      state,
      commit_id: typeof ctx.body.commit_id === 'string' ? ctx.body.commit_id : null,
      comments: Array.isArray(ctx.body.comments) ? ctx.body.comments : [],
      html_url: `https://github.com/${ctx.repo.owner}/${ctx.repo.repo}/pull/${pullNumber(ctx)}#pullrequestreview-${id}`,
      submitted_at: state === 'PENDING' ? undefined : ctx.now,
      author_association: 'OWNER',
    };
    ctx.repo.reviews.push(review);
    return { status: 200, body: review };
  },
  'pulls/list-reviews': (ctx) =>
    page(
      ctx,
      ctx.repo.reviews.filter((r) => r.pull_number === pullNumber(ctx)),
    ),
  'pulls/request-reviewers': (ctx) => {
    const requested = requestsOf(ctx);
    for (const u of strings(ctx.body.reviewers)) if (!requested.users.includes(u)) requested.users.push(u);
    for (const t of strings(ctx.body.team_reviewers)) if (!requested.teams.includes(t)) requested.teams.push(t);
    return { status: 201, body: showRequests(ctx) };
  },
  'pulls/remove-requested-reviewers': (ctx) => {
    const requested = requestsOf(ctx);
    const users = new Set(strings(ctx.body.reviewers));
    const teams = new Set(strings(ctx.body.team_reviewers));
    requested.users = requested.users.filter((u) => !users.has(u));
    requested.teams = requested.teams.filter((t) => !teams.has(t));
    return { status: 200, body: showRequests(ctx) };
  },
  'pulls/list-requested-reviewers': (ctx) => ({ status: 200, body: showRequests(ctx) }),
};

function pullNumber(ctx: HandlerContext): number {
  return Number(ctx.params.pull_number);
}

function requestsOf(ctx: HandlerContext): { users: string[]; teams: string[] } {
  const n = pullNumber(ctx);
  let r = ctx.repo.reviewRequests.get(n);
  if (!r) {
    r = { users: [], teams: [] };
    ctx.repo.reviewRequests.set(n, r);
  }
  return r;
}

function showRequests(ctx: HandlerContext): { users: unknown[]; teams: unknown[]; number: number } {
  const r = requestsOf(ctx);
  const teams = r.teams.map((slug) => ({
    id: takeIdFor(slug),
    node_id: nodeId('Team', takeIdFor(slug)),
    slug,
    name: slug,
    privacy: 'closed',
    permission: 'pull',
  }));
  return { number: pullNumber(ctx), users: r.users.map(describeUser), teams };
}

function takeIdFor(slug: string): number {
  return describeUser(`team:${slug}`).id;
}

function page<T>(ctx: HandlerContext, items: T[]): HandlerResult {
  const p = paginateItems(items, ctx.url);
  return { status: 200, body: p.items, ...(p.link ? { headers: { link: p.link } } : {}) };
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}
