import { describe, expect, it } from 'vitest';
import { checkCatalog, mapPolicyFindings, type PolicyEvaluation, type PolicyRule } from '@meshplane/core';
import { loadRepository } from '@meshplane/source';
import { buildMeshFiles, buildProduct, makeTempRepo } from '@meshplane/testkit';

const rule = (over: Partial<PolicyRule>): PolicyRule => ({
  id: 'global.x.y',
  title: 'Y',
  description: 'why',
  severity: 'deny',
  file: 'policies/global/x.rego',
  line: 7,
  scope: 'global',
  meshWide: false,
  ref: 'data.meshplane.global.x.deny',
  ...over,
});

describe('mapPolicyFindings', () => {
  const repo = makeTempRepo(buildMeshFiles([buildProduct('podcast.a')]));
  const { graph } = checkCatalog(loadRepository(repo.dir), { root: repo.dir, toolVersion: 'test' });
  repo.remove();
  const evaluation = (rules: PolicyRule[], results: PolicyEvaluation['products'], errors: PolicyEvaluation['errors'] = []): PolicyEvaluation => ({
    digest: 'sha256:x',
    rules,
    products: results,
    mesh: [],
    errors,
  });

  it('places a result on the line of its pointer, as an error for a deny', () => {
    const [f] = mapPolicyFindings(
      evaluation([rule({})], new Map([['podcast.a', [{ id: 'global.x.y', msg: 'Fix it.', pointer: '/spec/access/classification', level: 'deny' }]]])),
      graph,
      '2026-11-22',
    );
    expect(f).toMatchObject({
      ruleId: 'global.x.y',
      severity: 'error',
      file: 'catalog/podcast/a/product.yaml',
      pointer: '/spec/access/classification',
      hint: 'Policy "Y" (policies/global/x.rego:7).',
      productId: 'podcast.a',
    });
    expect(f?.line).toBeGreaterThan(30);
  });

  it('only warns before a rule is enforced, and says from when', () => {
    const results = new Map([['podcast.a', [{ id: 'global.x.y', msg: 'Fix it.', pointer: '/metadata', level: 'deny' as const }]]]);
    const [before] = mapPolicyFindings(evaluation([rule({ enforceFrom: '2027-01-01' })], results), graph, '2026-12-31');
    expect(before).toMatchObject({ severity: 'warning', message: 'Fix it. (Enforced from 2027-01-01; until then this is a warning.)' });
    const [from] = mapPolicyFindings(evaluation([rule({ enforceFrom: '2027-01-01' })], results), graph, '2027-01-01');
    expect(from?.severity).toBe('error');
  });

  it('turns a failed evaluation into an error (fail closed)', () => {
    const [f] = mapPolicyFindings(evaluation([], new Map(), [{ productId: 'podcast.a', message: 'eval_conflict_error' }]), graph, '2026-11-22');
    expect(f).toMatchObject({ ruleId: 'policy.evaluation-error', severity: 'error', file: 'catalog/podcast/a/product.yaml', line: 1 });
  });
});
