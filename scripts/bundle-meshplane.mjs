// Bundles Meshplane's built entry points (packages/*/dist, actions/dist) with esbuild into single ES modules: every
// @meshplane/* workspace package and every pure-JavaScript npm dependency is inlined, at the version the repository's
// lockfile installed (so its `overrides` apply); the packages named `external` stay imports, to be installed beside
// the bundle (native code, programs run as child processes). Used by scripts/pack-mesh.mjs (the installable package)
// and scripts/build-actions.mjs (the actions' committed bundles).
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
const builtins = new Set(builtinModules);

/** The package name of a bare import (`@scope/name/sub` → `@scope/name`). */
export function packageNameOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The exact version the lockfile installed at the top of node_modules for `name`. */
export function lockedVersionOf(name) {
  const version = lock.packages[`node_modules/${name}`]?.version;
  if (!version) throw new Error(`${name} is not installed at the top of node_modules in package-lock.json.`);
  return version;
}

/** Keeps node built-ins and the `external` packages as imports; lets esbuild inline everything else. */
function keepExternal(external) {
  return {
    name: 'keep-external',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('node:') || builtins.has(args.path)) return { path: args.path, external: true };
        // Importing them has no side effect: a bundle that never uses one (the check action) drops the import.
        return external.has(packageNameOf(args.path)) ? { path: args.path, external: true, sideEffects: false } : undefined;
      });
    },
  };
}

// Inlined CommonJS packages call require(); an ES module has none, so each bundle makes one for them.
const requireShim = "import { createRequire as __meshplaneCreateRequire } from 'node:module';\nconst require = __meshplaneCreateRequire(import.meta.url);";

/**
 * Bundles `entryPoints` (`{ outName: absolutePath }`) into `outdir`. Returns the external packages the bundles import,
 * each at its locked version. `write: false` returns the files instead of writing them (for a staleness check).
 */
export async function bundleEntries(entryPoints, outdir, { external = [], write = true } = {}) {
  const result = await build({
    entryPoints,
    outdir,
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    mainFields: ['module', 'main'],
    plugins: [keepExternal(new Set(external))],
    banner: { js: requireShim },
    metafile: true,
    write,
    logLevel: 'warning',
    legalComments: 'none',
    charset: 'utf8',
  });
  const dependencies = {};
  for (const output of Object.values(result.metafile.outputs))
    for (const i of output.imports.filter((i) => i.external && !i.path.startsWith('node:') && !builtins.has(i.path))) {
      const name = packageNameOf(i.path);
      dependencies[name] = lockedVersionOf(name);
    }
  return { dependencies: sortKeys(dependencies), files: result.outputFiles ?? [] };
}

/** `object` with its keys in order, for stable package.json files. */
export function sortKeys(object) {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));
}
