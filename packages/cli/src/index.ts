/**
 * @meshplane/cli — the `mesh` command: argument parsing, prompts, rendering and exit codes over @meshplane/usecases.
 * Exported for the CLI's own tests; other entry points call the use cases, never this package.
 */
export * from './outcome.js';
export * from './render/render-report.js';
export * from './render/render-plan-output.js';
export * from './render/render-graph-text.js';
export * from './render/render-demo-summary.js';
export * from './render/render-policy-docs.js';
export * from './commands/run-catalog.js';
export * from './commands/run-provision.js';
export * from './commands/run-slo.js';
export * from './commands/run-scaffold.js';
export * from './commands/run-policy.js';
export * from './commands/run-site.js';
export * from './commands/run-init.js';
