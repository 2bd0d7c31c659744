import type { LineageEdge, MeshGraph } from './build-mesh-graph.js';

export type LineageDirection = 'upstream' | 'downstream';

/** A product reached by a lineage walk, how far away, and the edge that first reached it. */
export interface LineageStep {
  id: string;
  depth: number;
  via: LineageEdge;
}

/**
 * Every product upstream (what `id` depends on) or downstream (what depends on `id`), transitively, nearest first,
 * each listed once at its shortest distance. `maxDepth` limits the walk (default: no limit). Cycles end the walk.
 *
 * @example
 * walkLineage(graph, 'playlist.monday-playlists', { direction: 'upstream' }).map((s) => s.id)
 */
export function walkLineage(graph: MeshGraph, id: string, options: { direction: LineageDirection; maxDepth?: number }): LineageStep[] {
  const edgesOf = options.direction === 'upstream' ? graph.upstreamEdges : graph.downstreamEdges;
  const next = (e: LineageEdge): string => (options.direction === 'upstream' ? e.producer : e.consumer);
  const maxDepth = options.maxDepth ?? Infinity;
  const seen = new Set([id]);
  const out: LineageStep[] = [];
  let frontier = [id];
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
    const level: string[] = [];
    for (const cur of frontier) {
      for (const e of [...(edgesOf.get(cur) ?? [])].sort((a, b) => next(a).localeCompare(next(b)))) {
        const n = next(e);
        if (seen.has(n)) continue;
        seen.add(n);
        out.push({ id: n, depth, via: e });
        level.push(n);
      }
    }
    frontier = level;
  }
  return out;
}
