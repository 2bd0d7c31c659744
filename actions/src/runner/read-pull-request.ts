import { readFileSync } from 'node:fs';
import type { RunnerEnv } from './read-input.js';

/** The parts of a `pull_request` (or `pull_request_review`) event the check needs. */
export interface PullRequestRefs {
  number: number;
  baseSha: string;
  headSha: string;
  baseRef: string;
  /** The author's login (never asked to review their own change). */
  author?: string;
  /** The pull request's labels (the error-budget gate looks for the reliability label). */
  labels: string[];
}

/**
 * The pull request of the event that started the workflow (`GITHUB_EVENT_PATH`), or undefined for other events
 * (a push, a schedule, a manual dispatch). Only the SHAs are used to pick commits: the title, the branch names and the
 * body are untrusted text and never reach a shell.
 */
export function readPullRequest(env: RunnerEnv): PullRequestRefs | undefined {
  const path = env.GITHUB_EVENT_PATH;
  // A review event carries the same pull request: a review decides whether an agreement is approved.
  if (!path || (env.GITHUB_EVENT_NAME !== 'pull_request' && env.GITHUB_EVENT_NAME !== 'pull_request_review')) return undefined;
  const event = JSON.parse(readFileSync(path, 'utf8')) as {
    pull_request?: {
      number?: number;
      base?: { sha?: string; ref?: string };
      head?: { sha?: string };
      user?: { login?: unknown };
      labels?: Array<{ name?: unknown }>;
    };
  };
  const pr = event.pull_request;
  const baseSha = pr?.base?.sha;
  const headSha = pr?.head?.sha;
  if (!pr || typeof pr.number !== 'number' || !isSha(baseSha) || !isSha(headSha)) return undefined;
  const author = typeof pr.user?.login === 'string' ? pr.user.login : undefined;
  const labels = (Array.isArray(pr.labels) ? pr.labels : []).flatMap((l) => (typeof l?.name === 'string' ? [l.name] : []));
  return { number: pr.number, baseSha, headSha, baseRef: pr.base?.ref ?? '', ...(author ? { author } : {}), labels };
}

function isSha(s: string | undefined): s is string {
  return typeof s === 'string' && /^[0-9a-f]{40}$/.test(s);
}
