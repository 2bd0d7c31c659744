export * from './export-types.js';
export * from './build-catalog-export.js';
export * from './build-product-export.js';
export * from './name-port-table.js';
export * from './rank-products.js';
