/** @meshplane/app — the GitHub App's composition root, importable for tests. */
export * from './app-context.js';
export * from './create-meshplane-app.js';
export * from './start-app-server.js';
export * from './read-app-env.js';
export * from './check-pull-request.js';
export * from './apply-on-push.js';
export * from './parse-command.js';
export * from './work-queue.js';
