import { paginateItems } from './paginate-items.js';
import { nodeId, takeId, type GithubCheckRun } from './github-state.js';
import { notFound, type HandlerContext, type HandlerResult, type Handlers } from './handler-types.js';

/** Check runs and their annotations (annotations accumulate across updates, as on GitHub). */
export const CHECK_HANDLERS: Handlers = {
  'checks/create': (ctx) => {
    const id = takeId(ctx.state);
    const run: GithubCheckRun = {
      id,
      node_id: nodeId('CheckRun', id),
      name: String(ctx.body.name),
      head_sha: String(ctx.body.head_sha),
      status: 'queued',
      conclusion: null,
      started_at: ctx.now,
      completed_at: null,
      output: { title: null, summary: null, text: null, annotations_count: 0 },
      annotations: [],
      details_url: null,
      external_id: null,
      html_url: `https://github.com/${ctx.repo.owner}/${ctx.repo.repo}/runs/${id}`,
    };
    ctx.repo.checkRuns.push(run);
    return { status: 201, body: applyCheckRun(ctx, run) };
  },
  'checks/update': (ctx) => withRun(ctx, (run) => ({ status: 200, body: applyCheckRun(ctx, run) })),
  'checks/list-for-ref': (ctx) => {
    const runs = ctx.repo.checkRuns.filter(
      (r) => r.head_sha === ctx.params.ref && (!ctx.url.searchParams.has('check_name') || r.name === ctx.url.searchParams.get('check_name')),
    );
    const p = paginateItems(runs, ctx.url);
    return { status: 200, body: { total_count: runs.length, check_runs: p.items.map(showRun) }, ...(p.link ? { headers: { link: p.link } } : {}) };
  },
  'checks/get': (ctx) => withRun(ctx, (run) => ({ status: 200, body: showRun(run) })),
  'checks/list-annotations': (ctx) =>
    withRun(ctx, (run) => {
      const p = paginateItems(run.annotations, ctx.url);
      return { status: 200, body: p.items, ...(p.link ? { headers: { link: p.link } } : {}) };
    }),
};

function applyCheckRun(ctx: HandlerContext, run: GithubCheckRun): GithubCheckRun {
  const b = ctx.body;
  if (typeof b.status === 'string') run.status = b.status;
  if (typeof b.conclusion === 'string') {
    run.conclusion = b.conclusion;
    run.status = 'completed';
  }
  if (run.status === 'completed') run.completed_at = typeof b.completed_at === 'string' ? b.completed_at : ctx.now;
  if (typeof b.details_url === 'string') run.details_url = b.details_url;
  if (typeof b.external_id === 'string') run.external_id = b.external_id;
  const output = b.output as { title?: string; summary?: string; text?: string; annotations?: Record<string, unknown>[] } | undefined;
  if (output) {
    run.output.title = output.title ?? run.output.title;
    run.output.summary = output.summary ?? run.output.summary;
    run.output.text = output.text ?? run.output.text;
    run.annotations.push(...(output.annotations ?? []));
    run.output.annotations_count = run.annotations.length;
  }
  return showRun(run);
}

function showRun(run: GithubCheckRun): GithubCheckRun {
  const { annotations: _annotations, ...shown } = run;
  return { ...shown, annotations: [] } as GithubCheckRun;
}

function withRun(ctx: HandlerContext, fn: (run: GithubCheckRun) => HandlerResult): HandlerResult {
  const run = ctx.repo.checkRuns.find((r) => r.id === Number(ctx.params.check_run_id));
  return run ? fn(run) : notFound();
}
