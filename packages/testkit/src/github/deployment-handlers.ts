import { paginateItems } from './paginate-items.js';
import { BOT_USER, nodeId, takeId, type GithubDeployment } from './github-state.js';
import { notFound, type HandlerContext, type HandlerResult, type Handlers } from './handler-types.js';

/** Deployments and their statuses (newest status first when listed, as GitHub does). */
export const DEPLOYMENT_HANDLERS: Handlers = {
  'repos/create-deployment': (ctx) => {
    const id = takeId(ctx.state);
    const url = `${ctx.apiUrl}/repos/${ctx.repo.owner}/${ctx.repo.repo}/deployments/${id}`;
    const deployment: GithubDeployment = {
      id,
      node_id: nodeId('Deployment', id),
      url,
      statuses_url: `${url}/statuses`,
      sha: String(ctx.body.ref),
      ref: String(ctx.body.ref),
      task: typeof ctx.body.task === 'string' ? ctx.body.task : 'deploy',
      payload: ctx.body.payload ?? {},
      environment: typeof ctx.body.environment === 'string' ? ctx.body.environment : 'production',
      description: typeof ctx.body.description === 'string' ? ctx.body.description : null,
      creator: BOT_USER,
      created_at: ctx.now,
      updated_at: ctx.now,
      statuses: [],
    };
    ctx.repo.deployments.push(deployment);
    return { status: 201, body: showDeployment(deployment) };
  },
  'repos/list-deployments': (ctx) => {
    const q = ctx.url.searchParams;
    const picked = ctx.repo.deployments
      .filter((d) => ['sha', 'ref', 'task', 'environment'].every((k) => !q.has(k) || String(d[k as keyof GithubDeployment]) === q.get(k)))
      .reverse();
    return page(ctx, picked.map(showDeployment));
  },
  'repos/get-deployment': (ctx) => withDeployment(ctx, (d) => ({ status: 200, body: showDeployment(d) })),
  'repos/create-deployment-status': (ctx) =>
    withDeployment(ctx, (d) => {
      const id = takeId(ctx.state);
      const status = {
        id,
        node_id: nodeId('DeploymentStatus', id),
        url: `${d.statuses_url}/${id}`,
        state: String(ctx.body.state),
        description: typeof ctx.body.description === 'string' ? ctx.body.description : '',
        environment: typeof ctx.body.environment === 'string' ? ctx.body.environment : d.environment,
        log_url: typeof ctx.body.log_url === 'string' ? ctx.body.log_url : '',
        environment_url: typeof ctx.body.environment_url === 'string' ? ctx.body.environment_url : '',
        deployment_url: d.url,
        creator: BOT_USER,
        created_at: ctx.now,
        updated_at: ctx.now,
      };
      d.statuses.push(status);
      d.updated_at = ctx.now;
      return { status: 201, body: status };
    }),
  'repos/list-deployment-statuses': (ctx) => withDeployment(ctx, (d) => page(ctx, [...d.statuses].reverse())),
};

function showDeployment(d: GithubDeployment): Omit<GithubDeployment, 'statuses'> {
  const { statuses: _statuses, ...shown } = d;
  return shown;
}

function withDeployment(ctx: HandlerContext, fn: (d: GithubDeployment) => HandlerResult): HandlerResult {
  const d = ctx.repo.deployments.find((x) => x.id === Number(ctx.params.deployment_id));
  return d ? fn(d) : notFound();
}

function page<T>(ctx: HandlerContext, items: T[]): HandlerResult {
  const p = paginateItems(items, ctx.url);
  return { status: 200, body: p.items, ...(p.link ? { headers: { link: p.link } } : {}) };
}
