import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string): string => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

// Tests import the packages' TypeScript sources directly; the CLI end-to-end tests run the built `mesh` binary.
const alias = {
  '@meshplane/core': src('core'),
  '@meshplane/source': src('source'),
  '@meshplane/testkit': src('testkit'),
  '@meshplane/cli': src('cli'),
  '@meshplane/usecases': src('usecases'),
  '@meshplane/policy': src('policy'),
  '@meshplane/platform': src('platform'),
  '@meshplane/github': src('github'),
};

const project = (name: string) => ({
  resolve: { alias },
  test: { name, include: [`packages/${name}/test/**/*.test.ts`], testTimeout: 30_000 },
});

export default defineConfig({
  test: {
    reporters: ['default', './test/plain-summary-reporter.ts'],
    projects: [
      project('core'),
      project('source'),
      project('cli'),
      project('usecases'),
      project('testkit'),
      project('policy'),
      project('github'),
      // A real PostgreSQL server and a real Trino, started once for the platform tests (scripts/setup-postgres.sh and
      // scripts/setup-trino.mjs install them); Trino boots while the other tests run, and its tests wait for it.
      {
        resolve: { alias },
        test: {
          ...project('platform').test,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          globalSetup: ['packages/platform/test/start-test-postgres.ts', 'packages/platform/test/start-test-trino.ts'],
        },
      },
      {
        resolve: { alias },
        // One build of the example mesh's site for every site test file (global-setup.ts); browser tests drive chromium.
        test: { name: 'site', include: ['site/test/**/*.test.ts'], globalSetup: ['site/test/global-setup.ts'], testTimeout: 60_000, hookTimeout: 180_000 },
      },
      { resolve: { alias }, test: { name: 'repo', include: ['test/**/*.test.ts'], testTimeout: 60_000 } },
      // The GitHub App over real HTTP against the local GitHub server (packages/testkit), on a real git repository.
      { resolve: { alias }, test: { name: 'app', include: ['app/test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 } },
      // The actions' built entry points, run as the runner runs them (`npm test` builds first).
      { resolve: { alias }, test: { name: 'actions', include: ['actions/test/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 } },
    ],
    coverage: { provider: 'v8', include: ['packages/core/src/**'], exclude: ['**/generated/**'] },
  },
});
