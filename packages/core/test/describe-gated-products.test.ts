import { describe, expect, it } from 'vitest';
import { describeGatedProducts } from '@meshplane/core';
import { buildSloStatus } from '@meshplane/testkit';

describe('describeGatedProducts', () => {
  const spent = (productId: string, domain: string) => buildSloStatus({ productId, domain, budgetRemaining: -0.5 });
  const statuses = [
    spent('podcast.b', 'podcast'),
    spent('podcast.a', 'podcast'),
    spent('music.tracks', 'music'),
    buildSloStatus({ productId: 'player.x', domain: 'player', budgetRemaining: 0.4 }),
  ];

  it('names the products whose budget is spent, by the gate’s mode in their domain, and how to proceed', () => {
    expect(describeGatedProducts(statuses, { domains: { music: 'warn' }, reliabilityLabel: 'hotfix' })).toBe(
      'Error-budget gate: a pull request that changes podcast.a, podcast.b fails until the budget recovers, unless labelled `hotfix` or waived (slo.budget-exhausted).\n' +
        "Error-budget gate: a pull request that changes music.tracks is warned that the budget is spent (its domain's gate is warn).\n",
    );
  });

  it('says nothing where the gate is off, or no budget is spent', () => {
    expect(describeGatedProducts(statuses, { gate: 'off' })).toBe('');
    expect(describeGatedProducts([buildSloStatus({ budgetRemaining: 0.1 }), buildSloStatus({ budgetRemaining: undefined })], undefined)).toBe('');
  });
});
