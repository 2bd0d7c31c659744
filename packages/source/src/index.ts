/** @meshplane/source — where a catalog comes from: a directory (a git ref joins with the change-safety issue). */
export * from './read-yaml-document.js';
export * from './read-yaml-quickly.js';
export * from './load-repository.js';
export * from './load-work-tree.js';
export * from './reader-limits.js';
export * from './measure-flow-depth.js';
export * from './read-git-tree.js';
export * from './read-policy-files.js';
export * from './load-git-source.js';
export * from './read-manifest-history.js';
export * from './parse-index.js';
export * from './list-changed-paths.js';
export * from './parse-in-parallel.js';
export * from './open-data-branch.js';
export * from './read-origin-remote.js';
export * from './fingerprint-work-tree.js';
export * from './list-work-tree-files.js';
