import { paginateItems } from './paginate-items.js';
import { BOT_USER, buildIssue, describeUser, nodeId, takeId, type GithubIssue, type GithubLabel, type GithubRepoState } from './github-state.js';
import { notFound, type HandlerContext, type HandlerResult, type Handlers } from './handler-types.js';

/** Issues, issue comments, labels and assignees (the subset of the Issues API the bots use). */
export const ISSUE_HANDLERS: Handlers = {
  'issues/list-for-repo': listIssues,
  'issues/create': createIssue,
  'issues/get': (ctx) => withIssue(ctx, (issue) => ({ status: 200, body: issue })),
  'issues/update': updateIssue,
  'issues/list-comments': (ctx) =>
    withIssue(ctx, (issue) =>
      page(
        ctx,
        ctx.repo.comments.filter((c) => c.issue_number === issue.number),
      ),
    ),
  'issues/create-comment': createComment,
  'issues/update-comment': (ctx) => {
    const comment = ctx.repo.comments.find((c) => c.id === Number(ctx.params.comment_id));
    if (!comment) return notFound();
    comment.body = String(ctx.body.body);
    comment.updated_at = ctx.now;
    return { status: 200, body: comment };
  },
  'issues/list-labels-on-issue': (ctx) => withIssue(ctx, (issue) => page(ctx, issue.labels)),
  'issues/add-labels': (ctx) => withIssue(ctx, (issue) => setLabels(ctx, issue, [...issue.labels.map((l) => l.name), ...labelNames(ctx.body.labels)])),
  'issues/set-labels': (ctx) => withIssue(ctx, (issue) => setLabels(ctx, issue, labelNames(ctx.body.labels))),
  'issues/remove-label': (ctx) =>
    withIssue(ctx, (issue) => {
      if (!issue.labels.some((l) => l.name === ctx.params.name)) return notFound();
      return setLabels(
        ctx,
        issue,
        issue.labels.filter((l) => l.name !== ctx.params.name).map((l) => l.name),
      );
    }),
  'issues/list-labels-for-repo': (ctx) => page(ctx, ctx.repo.labels),
  'issues/create-label': (ctx) => ({ status: 201, body: ensureLabel(ctx, String(ctx.body.name), ctx.body.color as string | undefined) }),
  'issues/add-assignees': (ctx) => withIssue(ctx, (issue) => assign(ctx, issue, [...issue.assignees.map((a) => a.login), ...strings(ctx.body.assignees)])),
  'issues/remove-assignees': (ctx) =>
    withIssue(ctx, (issue) => {
      const drop = new Set(strings(ctx.body.assignees));
      return assign(
        ctx,
        issue,
        issue.assignees.map((a) => a.login).filter((l) => !drop.has(l)),
      );
    }),
};

function listIssues(ctx: HandlerContext): HandlerResult {
  const q = ctx.url.searchParams;
  const state = q.get('state') ?? 'open';
  const labels = (q.get('labels') ?? '').split(',').filter(Boolean);
  const since = q.get('since');
  const sort = (q.get('sort') ?? 'created') as 'created' | 'updated' | 'comments';
  const direction = q.get('direction') ?? 'desc';
  const picked = ctx.repo.issues
    .filter((i) => state === 'all' || i.state === state)
    .filter((i) => labels.every((name) => i.labels.some((l) => l.name === name)))
    .filter((i) => !since || i.updated_at >= since);
  const key = (i: GithubIssue): string | number => (sort === 'comments' ? i.comments : sort === 'updated' ? i.updated_at : i.created_at);
  picked.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.number - b.number) * (direction === 'asc' ? 1 : -1));
  return page(ctx, picked);
}

function createIssue(ctx: HandlerContext): HandlerResult {
  const { repo, body, now } = ctx;
  const issue = buildIssue(ctx.state, repo, {
    title: String(body.title),
    body: typeof body.body === 'string' ? body.body : null,
    user: BOT_USER,
    now,
    apiUrl: ctx.apiUrl,
  });
  const url = issue.url;
  repo.issues.push(issue);
  setLabels(ctx, issue, labelNames(body.labels));
  assign(ctx, issue, strings(body.assignees));
  return { status: 201, body: issue, headers: { location: url } };
}

function updateIssue(ctx: HandlerContext): HandlerResult {
  return withIssue(ctx, (issue) => {
    const b = ctx.body;
    // `duplicate_issue_id` (an issue id, not a number) must name another issue that exists; GitHub ignores it unless
    // the issue is being closed as a duplicate.
    if (b.state === 'closed' && b.state_reason === 'duplicate' && b.duplicate_issue_id !== undefined) {
      const canonical = [...ctx.state.repos.values()].flatMap((r) => r.issues).find((i) => i.id === b.duplicate_issue_id);
      if (!canonical || canonical.id === issue.id) return invalid(`duplicate_issue_id ${String(b.duplicate_issue_id)} names no other issue`);
    }
    if (typeof b.title === 'string' || typeof b.title === 'number') issue.title = String(b.title);
    if ('body' in b) issue.body = typeof b.body === 'string' ? b.body : null;
    if (b.state === 'closed' && issue.state === 'open') {
      issue.state = 'closed';
      issue.closed_at = ctx.now;
      issue.state_reason = typeof b.state_reason === 'string' ? b.state_reason : 'completed';
    } else if (b.state === 'open' && issue.state === 'closed') {
      issue.state = 'open';
      issue.closed_at = null;
      issue.state_reason = 'reopened';
    }
    if (Array.isArray(b.labels)) setLabels(ctx, issue, labelNames(b.labels));
    if (Array.isArray(b.assignees)) assign(ctx, issue, strings(b.assignees));
    issue.updated_at = ctx.now;
    return { status: 200, body: issue };
  });
}

function createComment(ctx: HandlerContext): HandlerResult {
  return withIssue(ctx, (issue) => {
    const id = takeId(ctx.state);
    const url = `${ctx.apiUrl}/repos/${ctx.repo.owner}/${ctx.repo.repo}/issues/comments/${id}`;
    const comment = {
      id,
      node_id: nodeId('IssueComment', id),
      url,
      html_url: `${issue.html_url}#issuecomment-${id}`,
      issue_url: issue.url,
      issue_number: issue.number,
      body: String(ctx.body.body),
      user: BOT_USER,
      created_at: ctx.now,
      updated_at: ctx.now,
      author_association: 'OWNER' as const,
    };
    ctx.repo.comments.push(comment);
    issue.comments += 1;
    issue.updated_at = ctx.now;
    return { status: 201, body: comment, headers: { location: url } };
  });
}

function invalid(message: string): HandlerResult {
  return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'Issue', field: 'duplicate_issue_id', code: 'invalid', message }] } };
}

function withIssue(ctx: HandlerContext, fn: (issue: GithubIssue) => HandlerResult): HandlerResult {
  const issue = ctx.repo.issues.find((i) => i.number === Number(ctx.params.issue_number));
  return issue ? fn(issue) : notFound();
}

function page<T>(ctx: HandlerContext, items: T[]): HandlerResult {
  const p = paginateItems(items, ctx.url);
  return { status: 200, body: p.items, ...(p.link ? { headers: { link: p.link } } : {}) };
}

/** GitHub creates a repository label the first time an issue uses its name. */
function ensureLabel(ctx: HandlerContext, name: string, color = 'ededed'): GithubLabel {
  const repo: GithubRepoState = ctx.repo;
  let label = repo.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
  if (!label) {
    const id = takeId(ctx.state);
    const url = `${ctx.apiUrl}/repos/${repo.owner}/${repo.repo}/labels/${encodeURIComponent(name)}`;
    label = { id, node_id: nodeId('Label', id), url, name, color, default: false, description: null };
    repo.labels.push(label);
  }
  return label;
}

function setLabels(ctx: HandlerContext, issue: GithubIssue, names: string[]): HandlerResult {
  issue.labels = [...new Set(names)].map((n) => ensureLabel(ctx, n));
  issue.updated_at = ctx.now;
  return { status: 200, body: issue.labels };
}

function assign(ctx: HandlerContext, issue: GithubIssue, logins: string[]): HandlerResult {
  issue.assignees = [...new Set(logins)].map(describeUser);
  issue.assignee = issue.assignees[0] ?? null;
  issue.updated_at = ctx.now;
  return { status: 201, body: issue };
}

function labelNames(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v.map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name)));
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}
