import type { GithubRepoState, GithubServerState } from './github-state.js';

/** What a route handler gets: the parsed, already validated request and the repository it is about. */
export interface HandlerContext {
  state: GithubServerState;
  repo: GithubRepoState;
  params: Record<string, string>;
  url: URL;
  body: Record<string, unknown>;
  /** The server's clock, as an ISO instant (tests may move it). */
  now: string;
  /** `http://127.0.0.1:<port>`; html_url values use https://github.com like GitHub. */
  apiUrl: string;
}

/** A response: status, JSON body, extra headers. */
export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Handlers by OpenAPI operationId (`issues/create`). */
export type Handlers = Record<string, (ctx: HandlerContext) => HandlerResult>;

/** GitHub's 404 body. */
export function notFound(): HandlerResult {
  return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
}
