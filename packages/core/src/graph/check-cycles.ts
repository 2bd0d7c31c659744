import type { Finding } from '../model/finding.js';
import { findingAt } from '../model/finding-at.js';
import { formatPointer } from '../model/pointer.js';
import type { MeshGraph } from './build-mesh-graph.js';
import { findCycles } from './find-cycles.js';

/**
 * Lineage must be acyclic: a product cannot (transitively) read itself, or no processing time is ever final and
 * provisioning has no order. Each cycle is reported once, on the input port that closes it, with the full path.
 */
export function checkCycles(graph: MeshGraph): Finding[] {
  return findCycles(graph).map((cycle) => {
    // cycle[0] is read by cycle[1], …; the last hop closes the loop: cycle[0] reads cycle[n-2].
    const start = cycle[0] as string;
    const closing = cycle[cycle.length - 2] as string;
    const node = graph.nodes.get(start);
    const input = node?.inputs.find((i) => i.product === closing);
    const path = [...cycle].reverse().join(' → ');
    const text = {
      ruleId: 'graph.cycle',
      message: `Lineage cycle: ${path} (each product reads the next).`,
      hint: 'Break the cycle: one of these input ports must read an operational source or an earlier product instead.',
      productId: start,
    };
    if (!node) return { ...text, severity: 'error' as const };
    return findingAt(node.doc, input ? formatPointer(['spec', 'inputPorts', input.index, 'source', 'product']) : '/spec/inputPorts', text);
  });
}
