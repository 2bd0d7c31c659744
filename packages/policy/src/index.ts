/** @meshplane/policy — Rego compiled to WebAssembly with the real OPA CLI, evaluated with @open-policy-agent/opa-wasm. */
export * from './policy-error.js';
export * from './find-opa.js';
export * from './install-opa.js';
export * from './run-opa.js';
export * from './compile-policy-bundle.js';
export * from './read-rule-catalog.js';
export * from './evaluate-policy-bundle.js';
export * from './parse-opa-errors.js';
export * from './generate-capabilities.js';
export * from './render-entrypoints.js';
export * from './evaluate-cached.js';
export * from './list-mesh-reads.js';
export * from './project-mesh-data.js';
export * from './analyze-mesh-reads.js';
