/** @meshplane/cli — the `mesh` command's subcommands, importable for tests and other composition roots. */
export * from './commands/check.js';
export * from './commands/validate.js';
export * from './commands/graph.js';
export * from './commands/new-product.js';
export * from './render-report.js';
export * from './usage-error.js';
export * from './commands/diff.js';
export * from './pipeline/run-governance-check.js';
export * from './commands/demo.js';
export * from './commands/site-build.js';
export * from './commands/site-serve.js';
export * from './site/serve-static.js';
export * from './commands/provision.js';
export * from './commands/slo.js';
export * from './commands/slo-sync-issues.js';
export * from './resolve-repository.js';
