/** @meshplane/github — everything that talks to GitHub through Octokit (thin: decisions are made in core). */
export * from './github-error.js';
export * from './create-github-client.js';
export * from './bot-issue-kind.js';
export * from './list-bot-issues.js';
export * from './create-once.js';
export * from './apply-bot-issue-write.js';
export * from './close-issue-duplicate.js';
export * from './sync-bot-issues.js';
export * from './sync-slo-issues.js';
export * from './sync-expiry-issues.js';
export * from './sync-renewal-issues.js';
export * from './pull/index.js';
export * from './record-deployment.js';
export * from './render-sync-result.js';
