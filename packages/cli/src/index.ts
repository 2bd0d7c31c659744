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
export * from './resolve-repository.js';
export * from './pipeline/evaluate-governance.js';
export * from './commands/codeowners.js';
export * from './tool-version.js';
// For the GitHub Actions (actions/), which call what the commands call.
export { runApplyCommand, runPlanCommand, type ProvisionOptions, type CommandOutcome } from './commands/provision.js';
export { runSlo, SLO_EXPORT, type SloOptions } from './commands/slo.js';
export { runSloSyncIssues, type SloSyncIssuesCommandOptions } from './commands/slo-sync-issues.js';
export * from './pipeline/summarize-pull-request.js';
