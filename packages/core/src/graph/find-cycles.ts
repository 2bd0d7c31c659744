import type { MeshGraph } from './build-mesh-graph.js';

/**
 * Every lineage cycle, one per strongly connected component, as the path of product ids from the component's
 * smallest id back to itself (`['a', 'b', 'c', 'a']` means a reads c, c reads b, b reads a — following "is read by").
 * Iterative (Tarjan's algorithm with an explicit stack), so a 10 000-product chain cannot overflow the call stack.
 */
export function findCycles(graph: MeshGraph): string[][] {
  const ids = [...graph.nodes.keys()].sort();
  const succ = (id: string): string[] => (graph.downstreamEdges.get(id) ?? []).map((e) => e.consumer);
  const cycles: string[][] = [];
  for (const scc of stronglyConnected(ids, succ)) {
    const members = new Set(scc);
    const start = [...scc].sort()[0] as string;
    const selfLoop = succ(start).includes(start);
    if (scc.length === 1 && !selfLoop) continue;
    cycles.push(selfLoop ? [start, start] : shortestCycle(start, members, succ));
  }
  return cycles.sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

function shortestCycle(start: string, members: Set<string>, succ: (id: string) => string[]): string[] {
  const parent = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const cur = queue[i] as string;
    for (const n of [...succ(cur)].sort()) {
      if (!members.has(n)) continue;
      if (n === start) {
        const path = [start];
        for (let x: string | undefined = cur; x !== undefined && x !== start; x = parent.get(x)) path.splice(1, 0, x);
        return [...path, start];
      }
      if (!parent.has(n)) {
        parent.set(n, cur);
        queue.push(n);
      }
    }
  }
  return [start, start];
}

function stronglyConnected(ids: string[], succ: (id: string) => string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let counter = 0;
  for (const root of ids) {
    if (index.has(root)) continue;
    const work: { id: string; next: string[]; i: number }[] = [];
    const visit = (id: string): void => {
      index.set(id, counter);
      low.set(id, counter++);
      stack.push(id);
      onStack.add(id);
      work.push({ id, next: succ(id), i: 0 });
    };
    visit(root);
    while (work.length > 0) {
      const top = work[work.length - 1] as { id: string; next: string[]; i: number };
      if (top.i < top.next.length) {
        const n = top.next[top.i++] as string;
        if (!index.has(n)) visit(n);
        else if (onStack.has(n)) low.set(top.id, Math.min(low.get(top.id) as number, index.get(n) as number));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(top.id) as number));
      if (low.get(top.id) === index.get(top.id)) {
        const scc: string[] = [];
        let x: string;
        do {
          x = stack.pop() as string;
          onStack.delete(x);
          scc.push(x);
        } while (x !== top.id);
        out.push(scc);
      }
    }
  }
  return out;
}
