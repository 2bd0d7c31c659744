import { join } from 'node:path';
import {
  buildPolicyData,
  buildPolicyInputs,
  mapPolicyFindings,
  measureLineageDrift,
  type CatalogCheck,
  type Finding,
  type CatalogChanges,
  type ObservedLineage,
  type PolicyRule,
} from '@meshplane/core';
import { compilePolicyBundle, evaluatePolicyBundleCached, PolicyError } from '@meshplane/policy';
import { identifyParsedValue } from '@meshplane/source';
import type { PolicyFiles } from '@meshplane/source';

/** A bundle's verdict on a catalog, before waivers, and which bundle gave it. */
export interface GovernanceRun {
  findings: Finding[];
  digest: string;
  rules: PolicyRule[];
}

export interface GovernanceInputs {
  /** The folder holding the bundle cache (`cache/policy` under it): a checkout's `.meshplane/`, or the app's data folder. */
  cacheRoot: string;
  files: PolicyFiles;
  /** The catalog the policies judge. */
  head: CatalogCheck;
  /** The base catalog, for each product's `previous` version and `change` kind; absent outside a pull request. */
  base?: CatalogCheck;
  /** The classified changes of the pull request, passed to each modified product's input as `changes`. */
  changes?: CatalogChanges;
  today: string;
  /** What runs were observed doing (`input.runtime` of each product); absent when no observations are kept. */
  observed?: ObservedLineage;
}

/** The instant drift is judged at in a check that knows only the day: the end of it. */
export function endOfDay(today: string): string {
  return `${today}T23:59:59.999Z`;
}

/**
 * Compiles `files` to wasm (cached) and evaluates every schema-valid product of the head catalog. A bundle that does
 * not compile or load becomes error findings: the check fails closed and says why. Waivers are applied by the caller,
 * once, over policy and change findings together.
 */
export async function evaluateGovernance(g: GovernanceInputs): Promise<GovernanceRun> {
  let bundle;
  try {
    bundle = compilePolicyBundle(g.files, { cacheDir: join(g.cacheRoot, 'cache/policy') });
  } catch (e) {
    if (!(e instanceof PolicyError) || e.code === 'opa-missing') throw e;
    const findings =
      e.findings.length > 0
        ? e.findings
        : [
            {
              ruleId: 'policy.compile-error',
              severity: 'error' as const,
              message: e.message,
              hint: 'Run `mesh policy test` to see the error; the check fails until the policies compile.',
            },
          ];
    return { findings, digest: 'none', rules: [] };
  }
  const runtime = g.observed ? measureLineageDrift(g.head.graph, g.observed, { now: endOfDay(g.today) }).products : undefined;
  const inputs = buildPolicyInputs(g.head.graph, {
    today: g.today,
    ...(g.base ? { base: g.base.graph } : {}),
    ...(g.changes ? { changes: g.changes } : {}),
    ...(runtime ? { runtime } : {}),
  });
  const evaluation = await evaluatePolicyBundleCached(
    bundle,
    buildPolicyData(g.head.index, g.head.graph),
    inputs,
    g.today,
    join(g.cacheRoot, 'cache/policy-results'),
    { identify: identifyParsedValue },
  );
  return { findings: mapPolicyFindings(evaluation, g.head.graph, g.today), digest: bundle.digest, rules: bundle.rules };
}
