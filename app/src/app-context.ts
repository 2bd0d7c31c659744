import type { BlobCache, GithubApi } from '@meshplane/github';

/** A log with the pino methods Probot's `app.log` has. */
export interface AppLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** What every job of the app shares. */
export interface AppServices {
  /** Where the app keeps its caches (compiled policy bundles) and the DuckDB platform files: never a source of truth. */
  dataDir: string;
  now: () => Date;
  blobs: BlobCache;
  log: AppLog;
  /** Environment for platform connection strings (`platform.connectionEnv`). */
  env: Record<string, string | undefined>;
  /** How long a pull request's check runs before its check run is shown in progress (default 500 ms). */
  checkRunInProgressAfterMs?: number;
}

/** One repository, reached with an installation's token. */
export interface RepoContext {
  api: GithubApi;
  owner: string;
  repo: string;
  defaultBranch: string;
}

/** The pull request fields a check needs (from a webhook payload or `pulls.get`). */
export interface PullRef {
  number: number;
  headSha: string;
  baseSha: string;
  baseRef: string;
  author?: string;
  /** The pull request's labels when the event was sent (the error-budget gate looks for the reliability label). */
  labels?: string[];
}
