export type { GithubApi } from './github-api.js';
export * from './read-commit-files.js';
export * from './read-file-at.js';
export * from './list-pull-files.js';
export * from './publish-check-run.js';
export * from './upsert-pull-comment.js';
export * from './sync-pull-labels.js';
export * from './request-pull-reviews.js';
export * from './record-deployment.js';
