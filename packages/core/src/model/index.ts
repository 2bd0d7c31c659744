export type * from './generated/types.js';
export * from './finding.js';
export * from './source-document.js';
export * from './pointer.js';
export * from './same-data.js';
