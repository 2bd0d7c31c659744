/**
 * The dependency rule (docs/architecture.md), enforced by ESLint's `no-restricted-imports` on every production source
 * file. Layers, from the inside out:
 *   core        pure: imports no package of ours and nothing of Node
 *   adapters    source, policy, platform, github: import core only, never each other
 *   usecases    imports core and the adapters
 *   roots       cli, app, actions, site: import the layers below, never another root
 * and no production file imports the testkit or a test. Relative imports may not climb into another package either.
 * test/dependency-rule.test.ts lints deliberately wrong imports to prove each line of this fails.
 */
const ADAPTERS = ['source', 'policy', 'platform', 'github'];
const ROOTS = { cli: 'packages/cli', app: 'app', actions: 'actions', site: 'site' };
const PACKAGES = ['core', ...ADAPTERS, 'usecases', 'cli', 'testkit', 'app', 'actions', 'site'];

/** A relative import that leaves its package for another one's sources (`../../core/src/x.js`, `../../../app/src/y.js`). */
const CROSSING = {
  regex: '^(\\.\\./)+(packages/)?(' + PACKAGES.join('|') + ')/(src|dist|test)(/|$)',
  message: 'Import another package by its name, not by a path into it.',
};
/** Tests and test helpers (the testkit) are never imported by production code. */
const TESTS = [
  { group: ['@meshplane/testkit', '@meshplane/testkit/*'], message: 'Production code never imports the testkit.' },
  { regex: '(^|/)test/', message: 'Production code never imports a test.' },
];

/** `packages` names of ours a layer may not import, as restricted-import groups. */
function forbid(names, why) {
  return names.length ? [{ group: names.flatMap((n) => [`@meshplane/${n}`, `@meshplane/${n}/*`]), message: why }] : [];
}

function rule(files, patterns) {
  return { files, rules: { 'no-restricted-imports': ['error', { patterns: [...patterns, CROSSING, ...TESTS] }] } };
}

export const dependencyRule = [
  rule(
    ['packages/core/src/**/*.ts'],
    [
      { group: ['node:*', 'fs', 'path', 'child_process', 'os', 'http', 'crypto'], message: 'Core is pure: no Node built-ins (pass data in).' },
      ...forbid(
        PACKAGES.filter((p) => p !== 'core'),
        'Core imports no other package.',
      ),
    ],
  ),
  ...ADAPTERS.map((a) =>
    rule(
      [`packages/${a}/src/**/*.ts`],
      forbid(
        PACKAGES.filter((p) => p !== 'core' && p !== a),
        `An adapter (${a}) imports core only, never another adapter, the use cases or an entry point.`,
      ),
    ),
  ),
  rule(['packages/usecases/src/**/*.ts'], forbid(['cli', 'app', 'actions', 'site'], 'The use cases never import an entry point (cli, app, actions, site).')),
  ...Object.entries(ROOTS).map(([name, dir]) =>
    rule(
      [`${dir}/src/**/*.ts`],
      forbid(
        Object.keys(ROOTS).filter((r) => r !== name),
        `An entry point (${name}) never imports another entry point: call @meshplane/usecases.`,
      ),
    ),
  ),
];
