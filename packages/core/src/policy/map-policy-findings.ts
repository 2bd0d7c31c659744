import type { Finding } from '../model/finding.js';
import { findingAt } from '../model/finding-at.js';
import type { MeshGraph } from '../graph/build-mesh-graph.js';
import type { PolicyEvaluation, PolicyResult, PolicyRule } from './policy-types.js';

/**
 * Turns policy results into findings on the exact line: the result's pointer is located in the product's manifest.
 * A deny is an error, or a warning before its rule's `enforceFrom` date; a warn is a warning. Failed evaluations are
 * errors (fail closed). `now` is today as `YYYY-MM-DD`.
 */
export function mapPolicyFindings(evaluation: PolicyEvaluation, graph: MeshGraph, now: string): Finding[] {
  const rules = new Map(evaluation.rules.map((r) => [r.id, r]));
  const out: Finding[] = [];
  for (const [productId, results] of evaluation.products) {
    for (const r of results) out.push(toFinding(r, productId, rules.get(r.id), graph, now));
  }
  for (const r of evaluation.mesh) out.push(toFinding(r, r.product, rules.get(r.id), graph, now));
  for (const e of evaluation.errors) {
    const node = e.productId ? graph.nodes.get(e.productId) : undefined;
    const text = {
      ruleId: 'policy.evaluation-error',
      message: `Policy evaluation failed${e.productId ? ` for ${e.productId}` : ''}: ${e.message}`,
      hint: 'The check fails closed. Fix the rule that errors (run `mesh policy test`), or report it to the governance group.',
      ...(e.productId ? { productId: e.productId } : {}),
    };
    out.push(node ? findingAt(node.doc, '', text) : { ...text, severity: 'error' });
  }
  return out;
}

function toFinding(r: PolicyResult, productId: string | undefined, rule: PolicyRule | undefined, graph: MeshGraph, now: string): Finding {
  const runway = r.level === 'deny' && rule?.enforceFrom !== undefined && now < rule.enforceFrom;
  const severity = r.level === 'deny' && !runway ? 'error' : 'warning';
  const message = runway ? `${r.msg} (Enforced from ${rule?.enforceFrom}; until then this is a warning.)` : r.msg;
  const hint = rule ? `Policy "${rule.title}" (${rule.file}:${rule.line}).` : undefined;
  const node = productId ? graph.nodes.get(productId) : undefined;
  const text = { ruleId: r.id, severity, message, ...(hint ? { hint } : {}), ...(productId ? { productId } : {}) } as const;
  const agreement = r.agreement && productId ? graph.agreements.get(productId)?.find((a) => a.name === r.agreement) : undefined;
  const doc = agreement?.doc ?? node?.doc;
  if (!doc) return { ...text };
  const pointer = typeof r.pointer === 'string' && (r.pointer === '' || r.pointer.startsWith('/')) ? r.pointer : '';
  // A result naming an agreement the product does not have is placed on the product, never dropped.
  return findingAt(doc, agreement || !r.agreement ? pointer : '', text);
}
