import { loadPolicy } from '@open-policy-agent/opa-wasm';
import type { PolicyEvaluation, PolicyMeshData, PolicyResult, ProductPolicyInput } from '@meshplane/core';
import type { CompiledBundle } from './compile-policy-bundle.js';
import { PolicyError } from './policy-error.js';

/**
 * Evaluates a compiled bundle in-process with @open-policy-agent/opa-wasm: `data.mesh` is loaded once, then the
 * `products` entry point runs once per batch of products and `mesh` once. An evaluation that throws (npm-opa-wasm throws
 * strings) is recorded as an error for that product, so the check fails closed instead of skipping it.
 */
export async function evaluatePolicyBundle(
  bundle: CompiledBundle,
  mesh: PolicyMeshData,
  inputs: ReadonlyArray<{ productId: string; input: ProductPolicyInput }>,
  now: string,
): Promise<PolicyEvaluation> {
  const evaluator = await loadPolicyEvaluator(bundle, mesh);
  const { products, errors } = evaluator.evaluateProducts(inputs);
  let meshResults: PolicyResult[] = [];
  try {
    meshResults = evaluator.evaluateMesh(now);
  } catch (e) {
    errors.push({ message: describe(e) });
  }
  return { digest: bundle.digest, rules: bundle.rules, products, mesh: meshResults, errors };
}

/** A bundle loaded into wasm with its `data.mesh`, ready to evaluate products and the mesh-wide rules. */
export interface PolicyEvaluator {
  /** Every product's results; a product whose evaluation failed is in `errors` instead. */
  evaluateProducts(inputs: ReadonlyArray<{ productId: string; input: ProductPolicyInput }>): Pick<PolicyEvaluation, 'products' | 'errors'>;
  /** The mesh-wide rules' results; throws when their evaluation fails. */
  evaluateMesh(now: string): PolicyResult[];
}

/** Loads a bundle and `data.mesh` into wasm; a bundle that cannot load throws a {@link PolicyError}. */
export async function loadPolicyEvaluator(bundle: CompiledBundle, mesh: PolicyMeshData): Promise<PolicyEvaluator> {
  let policy: LoadedPolicy;
  try {
    policy = await loadPolicy(bundle.wasm);
    policy.setData({ mesh });
  } catch (e) {
    throw new PolicyError(`The policy bundle could not be loaded: ${describe(e)}`, 'bad-bundle', [], { cause: e });
  }
  return {
    evaluateProducts(inputs) {
      const products = new Map<string, PolicyResult[]>();
      const errors: PolicyEvaluation['errors'] = [];
      const evaluateOne = ({ productId, input }: { productId: string; input: ProductPolicyInput }): void => {
        try {
          products.set(productId, readResults(policy.evaluate(input, 'meshplane/entry/product')));
        } catch (e) {
          errors.push({ productId, message: describe(e) });
        }
      };
      for (let i = 0; i < inputs.length; i += BATCH_SIZE) {
        const chunk = inputs.slice(i, i + BATCH_SIZE);
        const batch = evaluateBatch(policy, chunk);
        // A batch that fails (one product's rule errored) is evaluated again one product at a time, so the error is
        // attributed to the product that caused it and the others still get their results.
        if (batch) for (const [id, results] of batch) products.set(id, results);
        else chunk.forEach(evaluateOne);
      }
      return { products, errors };
    },
    evaluateMesh(now) {
      return readResults(policy.evaluate({ now }, 'meshplane/entry/mesh'));
    },
  };
}

/**
 * Products per call of the batch entry point. Measured on 1 000 generated products: 10–50 per call is about 30 %
 * faster than one per call; 200 and more is slower again (the wasm heap grows within one call).
 */
const BATCH_SIZE = 16;

type LoadedPolicy = Awaited<ReturnType<typeof loadPolicy>>;

/** The results of a batch by product id, or undefined when the batch failed or came back incomplete. */
function evaluateBatch(policy: LoadedPolicy, chunk: ReadonlyArray<{ productId: string; input: ProductPolicyInput }>): Map<string, PolicyResult[]> | undefined {
  const batch: Record<string, ProductPolicyInput> = {};
  for (const { productId, input } of chunk) batch[productId] = input;
  if (Object.keys(batch).length !== chunk.length) return undefined;
  try {
    const byId = (policy.evaluate({ batch }, 'meshplane/entry/products') as { result?: Record<string, unknown> }[] | undefined)?.[0]?.result;
    if (!byId || typeof byId !== 'object') return undefined;
    const out = new Map<string, PolicyResult[]>();
    for (const { productId } of chunk) out.set(productId, readResultSet(byId[productId]));
    return out;
  } catch {
    return undefined;
  }
}

/** The wasm returns `[{ result: [...] }]`; anything else is a malformed result and throws. */
function readResults(raw: unknown): PolicyResult[] {
  return readResultSet((raw as { result?: unknown }[] | undefined)?.[0]?.result, raw);
}

function readResultSet(set: unknown, raw: unknown = set): PolicyResult[] {
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
      ...(typeof x.agreement === 'string' ? { agreement: x.agreement } : {}),
    };
  });
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : typeof e === 'string' ? e : JSON.stringify(e);
}
