import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';

const GithubOctokit = Octokit.plugin(retry, throttling);

/** Octokit with the retry and throttling plugins, as every Meshplane adapter uses it (typed as the REST client). */
export type GithubClient = Octokit;

/** How to reach GitHub, and how patient to be. */
export interface GithubClientOptions {
  token: string;
  /** The REST API root (`GITHUB_API_URL`), default https://api.github.com. */
  baseUrl?: string;
  /** Retries after a 5xx (idempotent calls only; creates pass `retries: 0`) and after a rate limit. Default 3. */
  retries?: number;
  /** Milliseconds per second of `retry-after` and of retry backoff: 1000 in production; tests make it small. */
  waitUnitMs?: number;
  /**
   * Minimum milliseconds between writes, and between writes that notify people. Default: the throttling plugin's
   * (1 s and 3 s, after GitHub's advice to space mutating requests); tests set 0.
   * See https://docs.github.com/rest/using-the-rest-api/best-practices-for-using-the-rest-api.
   */
  writeIntervalMs?: number;
  /** Told about each wait for a rate limit, for the run's report. */
  onWait?: (note: string) => void;
}

/**
 * An Octokit for GitHub's REST API that waits out rate limits: on a secondary limit it waits `retry-after` and retries
 * at most `retries` times (https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api); 5xx answers
 * to idempotent calls are retried with backoff by the retry plugin.
 */
export function createGithubClient(options: GithubClientOptions): GithubClient {
  const retries = options.retries ?? 3;
  const unit = options.waitUnitMs ?? 1000;
  const pacing =
    options.writeIntervalMs === undefined
      ? {}
      : {
          write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writeIntervalMs }),
          notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writeIntervalMs }),
        };
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const retrying = retryCount < retries;
    options.onWait?.(`${kind} on ${request.method} ${request.url}: ${retrying ? `waited ${retryAfter} s and retried` : 'gave up after retrying'}`);
    return retrying;
  };
  return new GithubOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'meshplane',
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    retry: { retries, retryAfterBaseValue: unit },
    throttle: { retryAfterBaseValue: unit, onSecondaryRateLimit: onLimit('secondary rate limit'), onRateLimit: onLimit('rate limit'), ...pacing },
  });
}
