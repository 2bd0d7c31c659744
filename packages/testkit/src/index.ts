/** @meshplane/testkit — test-only helpers: builders, temporary repositories, running the real `mesh` binary. */
export * from './repo-root.js';
export * from './temp-repo.js';
export * from './run-mesh.js';
export * from './product-builder.js';
export * from './validate-sarif.js';
export * from './git-repo.js';
export * from './generate-mesh.js';
export * from './start-postgres.js';
export * from './find-trino.js';
export * from './start-trino.js';
export * from './find-free-port.js';
export * from './github/start-github-server.js';
export type { GithubFault, GithubHold } from './github/github-faults.js';
export * from './github/github-state.js';
export * from './github/github-openapi.js';
export * from './slo-status-builder.js';
export type { PullOptions } from './github/open-pull.js';
export * from './action-checkout.js';
