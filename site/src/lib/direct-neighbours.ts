/**
 * The boxes one step from `node` in a drawing's edges (given as `[from, to]` box indexes), both ways, and the edges
 * that touch it: what neighbourhood focus keeps bright. Pure, so it is tested without a browser.
 */
export function findDirectNeighbours(edges: readonly (readonly [number, number])[], node: number): { nodes: Set<number>; edges: Set<number> } {
  const nodes = new Set([node]);
  const touching = new Set<number>();
  edges.forEach(([from, to], i) => {
    if (from !== node && to !== node) return;
    touching.add(i);
    nodes.add(from === node ? to : from);
  });
  return { nodes, edges: touching };
}
