import { describe, expect, it } from 'vitest';
import { buildSloStatus } from '@meshplane/testkit';
import { findSloIssueDuplicates, renderSloDuplicateComment, renderSloIssue, type FoundSloIssue } from '@meshplane/core';

const freshness = renderSloIssue(buildSloStatus(), 'https://mesh.daff.example');
const volume = renderSloIssue(buildSloStatus({ slo: 'volume', type: 'volume' }), 'https://mesh.daff.example');

/** An open issue of the freshness SLO; one changed field per case. */
function issue(number: number, change: Partial<FoundSloIssue> = {}): FoundSloIssue {
  return { number, state: 'open', title: freshness.title, body: freshness.body, labels: freshness.labels, ...change };
}

describe('findSloIssueDuplicates', () => {
  it.each<[string, FoundSloIssue[], Array<[number, number]>]>([
    ['one open issue has no duplicate', [issue(1)], []],
    ['the higher number duplicates the lower, whatever the list order', [issue(7), issue(3)], [[7, 3]]],
    [
      'three open issues: both later ones duplicate the first',
      [issue(2), issue(9), issue(5)],
      [
        [5, 2],
        [9, 2],
      ],
    ],
    ['a closed issue is nobody’s duplicate nor survivor', [issue(1, { state: 'closed' }), issue(2)], []],
    ['issues of different SLOs are not duplicates', [issue(1), issue(2, { body: volume.body })], []],
    ['an issue without a fingerprint is ignored', [issue(1), issue(2, { body: 'written by a person' })], []],
  ])('%s', (_name, found, expected) => {
    expect(findSloIssueDuplicates(found).map((d) => [d.duplicate.number, d.survivor.number])).toEqual(expected);
  });

  it('names the fingerprint of each duplicate', () => {
    expect(findSloIssueDuplicates([issue(1), issue(2)])[0]?.fingerprint).toBe('podcast.podcast-listeners/daily/freshness');
  });
});

describe('renderSloDuplicateComment', () => {
  it('starts with the words GitHub links duplicates by', () => {
    expect(renderSloDuplicateComment(4)).toMatchInlineSnapshot(
      `"Duplicate of #4: another Meshplane run opened an issue for the same SLO episode at the same time. Closing this one; #4 is the issue that is kept up to date."`,
    );
  });
});
