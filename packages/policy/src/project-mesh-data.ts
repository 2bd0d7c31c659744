import type { MeshRead } from './list-mesh-reads.js';

/**
 * What of `mesh` the rules can see through `reads` (see {@link listMeshReads}): one value per read, in order. Two
 * meshes with the same projection give every product the same results, so results are remembered by its hash: a
 * version bump elsewhere changes nothing the example policies read, and keeps every other product's results.
 */
export function projectMeshData(mesh: unknown, reads: readonly MeshRead[]): unknown[] {
  return reads.map((r) => projectPath(mesh, r.path, r.defined === true));
}

function projectPath(value: unknown, path: readonly string[], defined: boolean): unknown {
  if (path.length === 0) return defined ? value !== false : value;
  if (value === null || typeof value !== 'object') return value;
  const [key, ...rest] = path as [string, ...string[]];
  const object = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if (key !== '*') {
    if (Object.hasOwn(object, key)) out[key] = projectPath(object[key], rest, defined);
  } else for (const k of Object.keys(object)) out[k] = projectPath(object[k], rest, defined);
  return Array.isArray(value) ? ['array', out] : out;
}
