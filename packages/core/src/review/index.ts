export * from './review-types.js';
export * from './plan-pull-review.js';
export * from './truncate-markdown.js';
export * from './build-check-run-output.js';
export * from './render-pull-comment.js';
export * from './render-codeowners.js';
export * from './read-team-handles.js';
export * from './classify-against-base.js';
