import { describe, expect, it } from 'vitest';
import {
  findTimeBasedFindings,
  findUpcomingFindings,
  planExpiryIssueActions,
  readExpiryMarkers,
  renderExpiryIssue,
  type ExpiryReport,
  type ExpirySubject,
  type Finding,
  type FoundBotIssue,
} from '@meshplane/core';

const grant = (severity: Finding['severity'], productId = 'player.play-events'): Finding => ({
  ruleId: 'global.access.personal-data-grant',
  severity,
  message: 'The grant to `player-design` on personal data expired on 2027-03-31.',
  hint: 'Renew it.',
  file: `catalog/${productId}/product.yaml`,
  line: 138,
  pointer: '/spec/access/consumers/1/until',
  productId,
});
const other: Finding = {
  ruleId: 'global.docs.description',
  severity: 'warning',
  message: 'Too short.',
  productId: 'player.play-events',
  pointer: '/spec/description',
};

describe('findTimeBasedFindings', () => {
  it('keeps what the frozen calendar does not have, or has less severe, and never notices or the rest', () => {
    const waived: Finding = { ...grant('notice'), ruleId: 'global.consent.declared', pointer: '/spec/policies' };
    const dated = [grant('error'), other, { ...waived, severity: 'warning' as const }, { ...other, severity: 'notice' as const, pointer: '/x' }];
    expect(findTimeBasedFindings(dated, [other, waived]).map((f) => f.ruleId)).toEqual(['global.access.personal-data-grant', 'global.consent.declared']);
  });

  it('finds nothing when the date changes nothing', () => {
    expect(findTimeBasedFindings([grant('error'), other], [grant('error'), other])).toEqual([]);
  });

  it('lists as upcoming only what the later day brings beyond today', () => {
    const later = [grant('error'), grant('error', 'podcast.listeners')];
    expect(findUpcomingFindings(later, [grant('error')], []).map((f) => f.productId)).toEqual(['podcast.listeners']);
    expect(findUpcomingFindings(later, [grant('warning')], []).map((f) => f.productId)).toEqual(['player.play-events', 'podcast.listeners']);
  });
});

const subject = (change: Partial<ExpirySubject> = {}): ExpirySubject => ({
  productId: 'player.play-events',
  productName: 'Play events',
  domain: 'player',
  owner: 'player-data',
  ownerHandle: '@daff/player-data',
  file: 'catalog/player/play-events/product.yaml',
  current: [grant('error')],
  upcoming: [],
  ...change,
});
const report = (products: ExpirySubject[]): ExpiryReport => ({ today: '2027-04-01', upcomingBy: '2027-04-15', products, unowned: [] });
const found = (number: number, s: ExpirySubject, change: Partial<FoundBotIssue> = {}): FoundBotIssue => {
  const c = renderExpiryIssue(s, { today: '2027-04-01', upcomingBy: '2027-04-15' });
  return { number, state: 'open', title: c.title, body: c.body, labels: c.labels, ...change };
};

describe('planExpiryIssueActions', () => {
  it('creates one issue per product, mentioning its owner team', () => {
    const [a] = planExpiryIssueActions(report([subject()]), [], {});
    expect(a).toMatchObject({ kind: 'create', fingerprint: 'player.play-events', title: 'Expired in Play events (player.play-events): 1 error' });
    expect(a?.kind === 'create' && a.body).toContain('Owner: @daff/player-data · domain player');
  });

  it('leaves an issue that already says this, edits one whose findings changed with a comment, and reopens a closed one', () => {
    expect(planExpiryIssueActions(report([subject()]), [found(3, subject())], {})[0]).toMatchObject({ kind: 'none', issueNumber: 3 });
    const more = subject({ current: [grant('error'), { ...grant('error'), pointer: '/spec/access/consumers/0/until' }] });
    const edit = planExpiryIssueActions(report([more]), [found(3, subject())], {})[0];
    expect(edit).toMatchObject({ kind: 'update', issueNumber: 3, comment: expect.stringContaining('On 2027-04-01: 2 time-based findings now') });
    const wording = planExpiryIssueActions(report([subject()]), [found(3, subject(), { title: 'old' })], {})[0];
    expect(wording).toMatchObject({ kind: 'update', issueNumber: 3 });
    expect(wording && 'comment' in wording ? wording.comment : undefined).toBeUndefined();
    const closed = [found(2, subject(), { state: 'closed' }), found(5, subject(), { state: 'closed', stateReason: 'duplicate' })];
    expect(planExpiryIssueActions(report([subject()]), closed, {})[0]).toMatchObject({ kind: 'reopen', issueNumber: 2 });
  });

  it('closes every open issue whose product has nothing left, and keeps people’s labels', () => {
    const actions = planExpiryIssueActions(report([]), [found(4, subject(), { labels: ['meshplane-expiry', 'triaged'] })], {});
    expect(actions).toMatchObject([{ kind: 'close', issueNumber: 4, labels: ['meshplane-expiry', 'triaged'] }]);
  });
});

describe('renderExpiryIssue', () => {
  it('escapes catalog text and mentions no one but a well-formed owner handle', () => {
    const hostile = subject({
      productName: 'Evil @daff/everyone <img src=x>',
      ownerHandle: '@daff/x <b>',
      current: [{ ...grant('error'), message: 'Ping @daff/all | break the table' }],
    });
    const c = renderExpiryIssue(hostile, { today: '2027-04-01', upcomingBy: '2027-04-15', siteUrl: 'https://mesh.daff.example' });
    expect(c.title).not.toMatch(/@daff/);
    expect(c.body).not.toMatch(/@daff\/(everyone|all|x)/);
    expect(c.body).not.toContain('<img');
    expect(c.body).toContain('Ping @\u200ddaff/all \\| break the table');
    expect(c.body).toContain('[product page](https://mesh.daff.example/products/player.play-events/)');
    expect(readExpiryMarkers(c.body)?.fingerprint).toBe('player.play-events');
  });

  it('names what expires within the look-ahead when nothing fails yet', () => {
    const c = renderExpiryIssue(subject({ current: [], upcoming: [grant('error')] }), { today: '2027-03-25', upcomingBy: '2027-04-08' });
    expect(c.title).toBe('Expiring in Play events (player.play-events) by 2027-04-08: 1 finding');
    expect(c.body).toContain('### Expiring by 2027-04-08');
    expect(c.body).not.toContain('### Now');
  });
});
