import { describe, expect, it } from 'vitest';
import { foldConsequences, type Finding } from '@meshplane/core';

const BROKEN = 'catalog/player/play-events/product.yaml';
const syntax = (line: number): Finding => ({ ruleId: 'yaml.syntax', severity: 'error', message: `YAML syntax error at ${line}.`, file: BROKEN, line });
const consumer = (id: string): Finding => ({
  ruleId: 'graph.dangling-input',
  severity: 'error',
  message: `Input port reads player.play-events.`,
  file: `catalog/${id.replace('.', '/')}/product.yaml`,
  pointer: '/spec/inputPorts/0/source/product',
  productId: id,
  cause: `file:${BROKEN}`,
});

describe('foldConsequences: one finding per cause', () => {
  it('folds the consumers of an unreadable product and the parser’s later errors under the first error', () => {
    const out = foldConsequences([consumer('a.x'), syntax(11), syntax(12), consumer('b.y'), consumer('c.z')]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ ruleId: 'yaml.syntax', line: 11, consequences: 4 });
    expect(out[0]?.message).toBe(`YAML syntax error at 11. (and 4 consequences: \`a.x\`, \`${BROKEN}\`, \`b.y\`, \`c.z\`; fixing this fixes them)`);
  });

  it('keeps a dangling input whose cause is not among the findings (nothing to fold it under)', () => {
    expect(foldConsequences([consumer('a.x')])).toHaveLength(1);
  });

  it('reports the same fact once: the built-in check over the policy, on the same product and pointer', () => {
    const at = { productId: 'p.q', pointer: '/metadata/owner', file: 'catalog/p/q/product.yaml', line: 9 };
    const graph: Finding = { ruleId: 'graph.unknown-team', severity: 'error', message: 'Team `x` has no file.', ...at };
    const policy: Finding = { ruleId: 'global.ownership.owner-team', severity: 'error', message: 'The owner `x` is not a team.', ...at };
    const other: Finding = { ...policy, pointer: '/metadata/productOwner' };
    expect(foldConsequences([graph, policy, other]).map((f) => f.ruleId)).toEqual(['graph.unknown-team', 'global.ownership.owner-team']);
    expect(foldConsequences([policy]).map((f) => f.ruleId)).toEqual(['global.ownership.owner-team']);
  });

  it('folds waivers of unknown rules under a policy compile error, and keeps other waiver findings', () => {
    const compile: Finding = { ruleId: 'policy.compile-error', severity: 'error', message: 'rego_parse_error', file: 'policies/global/x.rego', line: 3 };
    const unknown: Finding = { ruleId: 'waiver.unknown-rule', severity: 'error', message: 'No rule global.x.', file: 'policies/waivers/w.yaml' };
    const expired: Finding = { ruleId: 'waiver.expired', severity: 'error', message: 'Expired.', file: 'policies/waivers/v.yaml' };
    expect(foldConsequences([compile, unknown, expired]).map((f) => [f.ruleId, f.consequences])).toEqual([
      ['policy.compile-error', 1],
      ['waiver.expired', undefined],
    ]);
  });
});
