import { describe, expect, it } from 'vitest';
import { didYouMean, suggestClosest } from '@meshplane/core';

describe('suggestClosest', () => {
  it.each([
    ['ownr', ['owner', 'name', 'domain'], 'owner'],
    ['Owner', ['owner', 'name'], 'owner'],
    ['lifecyle', ['lifecycle', 'version'], 'lifecycle'],
    ['zzzz', ['owner', 'name'], undefined],
    ['x', ['owner'], undefined],
  ])('%s → %s', (word, candidates, expected) => {
    expect(suggestClosest(word, candidates)).toBe(expected);
  });

  it('phrases a suggestion, or nothing', () => {
    expect(didYouMean('ownr', ['owner'])).toBe('Did you mean `owner`? ');
    expect(didYouMean('zzzz', ['owner'])).toBe('');
  });
});
