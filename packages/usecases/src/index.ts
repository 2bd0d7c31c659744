/**
 * @meshplane/usecases — what every entry point does (the `mesh` CLI, the GitHub App, the Actions): functions over the
 * adapters (source, policy, platform, github) and plain options that return values. They never print and never exit;
 * faults are thrown as errors with a stable code ({@link UsageError} and the adapters' own).
 */
export * from './usage-error.js';
export * from './repository/resolve-repository.js';
export * from './repository/parse-config.js';
export * from './check/check-snapshots.js';
export * from './check/check-work-tree.js';
export * from './check/compare-catalogs.js';
export * from './check/evaluate-governance.js';
export * from './check/summarize-pull-request.js';
export * from './check/validate-paths.js';
export * from './provision/load-desired-state.js';
export * from './provision/plan-provisioning.js';
export * from './provision/apply-provisioning.js';
export * from './provision/read-platform-drift.js';
export * from './provision/read-platform-state.js';
export * from './slo/observation-store-at.js';
export * from './slo/record-slo-observations.js';
export * from './slo/evaluate-slo-report.js';
export * from './slo/sync-slo-issues-from-statuses.js';
export * from './site/build-site.js';
export * from './site/serve-site.js';
export * from './site/read-base-path.js';
export * from './site/serve-static.js';
export * from './site/build-search-records.js';
export * from './site/time-phases.js';
export * from './demo/generate-demo.js';
export * from './demo/seed-demo.js';
export * from './scaffold/scaffold-product.js';
export * from './catalog/generate-codeowners.js';
export * from './catalog/trace-lineage.js';
export * from './policy/test-policies.js';
export * from './policy/format-policies.js';
export * from './policy/list-policy-rules.js';
export * from './meshplane-home.js';
export * from './init/init-catalog-repository.js';
export * from './init/render-starter-files.js';
export * from './github/read-github-target.js';
export * from './expiry/report-expiries.js';
export * from './expiry/sync-expiry-issues-from-report.js';
export * from './slo/read-slo-statuses.js';
export * from './catalog/report-lineage-drift.js';
export * from './slo/with-data-branch.js';
export * from './catalog/score-catalog.js';
export * from './catalog/export-backstage.js';
