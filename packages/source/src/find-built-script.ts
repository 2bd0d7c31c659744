import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The first of `candidates` (paths relative to `from`, a module's `import.meta.url`) that exists: where a worker
 * thread's compiled script lies beside the module that starts it, in a workspace build, in an installed package's
 * bundle folder, or in dist/ when that module runs from its sources. Undefined when none does (the caller then works on
 * its own thread).
 */
export function findBuiltScript(from: string, candidates: readonly string[]): URL | undefined {
  for (const candidate of candidates) {
    const url = new URL(candidate, from);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}
