/**
 * @meshplane/core — the pure heart of Meshplane: the model, validation, the mesh graph, and renderers.
 * No file system, network, environment or clock here; adapters bring data in, composition roots print.
 */
export * from './model/index.js';
export * from './model/finding-at.js';
export * from './catalog/catalog-index.js';
export * from './catalog/index-catalog.js';
export * from './check/check-catalog.js';
export * from './graph/build-mesh-graph.js';
export * from './graph/walk-lineage.js';
export * from './graph/find-cycles.js';
export * from './graph/list-port-consumers.js';
export * from './report/decide-verdict.js';
export * from './report/rule-catalog.js';
export * from './validate/compile-validators.js';
export * from './validate/validate-document.js';
export * from './validate/suggest.js';
export * from './render/render-text.js';
export * from './render/render-json.js';
export * from './render/render-github.js';
export * from './render/render-sarif.js';
export * from './render/render-markdown.js';
export * from './render/text-utils.js';
export * from './policy/policy-types.js';
export * from './policy/build-policy-data.js';
export * from './policy/map-policy-findings.js';
export * from './policy/apply-waivers.js';
export * from './policy/compare-policy-runs.js';
export * from './policy/render-policy-impact.js';
export * from './change/change-types.js';
export * from './change/compare-types.js';
export * from './change/classify-port-changes.js';
export * from './change/classify-product-changes.js';
export * from './change/diff-catalogs.js';
export * from './change/check-changes.js';
export * from './change/locate-changes.js';
export * from './change/render-changes.js';
export * from './policy/build-policy-inputs.js';
export * from './export/index.js';
