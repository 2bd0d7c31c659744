import { loadPolicy } from '@open-policy-agent/opa-wasm';
import type { PolicyEvaluation, PolicyMeshData, PolicyResult, ProductPolicyInput } from '@meshplane/core';
import type { CompiledBundle } from './compile-policy-bundle.js';
import { PolicyError } from './policy-error.js';

/**
 * Evaluates a compiled bundle in-process with @open-policy-agent/opa-wasm: `data.mesh` is loaded once, then the
 * `product` entry point runs once per product and `mesh` once. An evaluation that throws (npm-opa-wasm throws
 * strings) is recorded as an error for that product, so the check fails closed instead of skipping it.
 */
export async function evaluatePolicyBundle(
  bundle: CompiledBundle,
  mesh: PolicyMeshData,
  inputs: ReadonlyArray<{ productId: string; input: ProductPolicyInput }>,
  now: string,
): Promise<PolicyEvaluation> {
  let policy: Awaited<ReturnType<typeof loadPolicy>>;
  try {
    policy = await loadPolicy(bundle.wasm);
    policy.setData({ mesh });
  } catch (e) {
    throw new PolicyError(`The policy bundle could not be loaded: ${describe(e)}`, 'bad-bundle', [], { cause: e });
  }
  const products = new Map<string, PolicyResult[]>();
  const errors: PolicyEvaluation['errors'] = [];
  for (const { productId, input } of inputs) {
    try {
      products.set(productId, readResults(policy.evaluate(input, 'meshplane/entry/product')));
    } catch (e) {
      errors.push({ productId, message: describe(e) });
    }
  }
  let meshResults: PolicyResult[] = [];
  try {
    meshResults = readResults(policy.evaluate({ now }, 'meshplane/entry/mesh'));
  } catch (e) {
    errors.push({ message: describe(e) });
  }
  return { digest: bundle.digest, rules: bundle.rules, products, mesh: meshResults, errors };
}

/** The wasm returns `[{ result: [...] }]`; anything else is a malformed result and throws. */
function readResults(raw: unknown): PolicyResult[] {
  const set = (raw as { result?: unknown }[] | undefined)?.[0]?.result;
  if (!Array.isArray(set)) throw new Error(`unexpected policy result ${JSON.stringify(raw)?.slice(0, 200)}`);
  return set.map((r) => {
    const x = r as Record<string, unknown>;
    if (typeof x.id !== 'string' || typeof x.msg !== 'string' || (x.level !== 'deny' && x.level !== 'warn')) {
      throw new Error(`a rule returned ${JSON.stringify(r).slice(0, 200)}; results need id, msg and pointer`);
    }
    return {
      id: x.id,
      msg: x.msg,
      level: x.level,
      ...(typeof x.pointer === 'string' ? { pointer: x.pointer } : {}),
      ...(typeof x.product === 'string' ? { product: x.product } : {}),
    };
  });
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : typeof e === 'string' ? e : JSON.stringify(e);
}
