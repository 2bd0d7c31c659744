import { describe, expect, it } from 'vitest';
import {
  checkCatalog,
  listRenewals,
  planRenewalIssueActions,
  readRenewalMarkers,
  renderRenewalIssue,
  type CatalogIndex,
  type DataSharingAgreement,
  type FoundBotIssue,
  type RenewalReport,
} from '@meshplane/core';
import { readYamlDocument } from '@meshplane/source';
import { agreementPath, buildAgreement, buildMeshFiles, buildProduct, toYaml } from '@meshplane/testkit';

/** The builders' mesh (owner podcast-data, consumer podcast-analytics, a data-governance team) with these agreements. */
function indexOf(...agreements: DataSharingAgreement[]): CatalogIndex {
  const files = buildMeshFiles([buildProduct()]);
  files['catalog/teams/data-governance.yaml'] = toYaml({
    apiVersion: 'meshplane/v1',
    kind: 'Team',
    metadata: { name: 'data-governance' },
    spec: { github: '@daff/data-governance', members: ['@daff/ada'] },
  });
  for (const a of agreements) files[agreementPath(a)] = toYaml(a);
  const docs = Object.entries(files).map(([file, text]) => readYamlDocument(file, text).document!);
  return checkCatalog({ documents: docs, findings: [], files: Object.keys(files) }, { root: '.', toolVersion: 't' }).index;
}

/** The builders' agreement ends on 2027-06-30: ten days ahead of this day. */
const TODAY = '2027-06-20';
const ID = 'podcast.podcast-listeners/podcast-analytics';
const FP = 'podcast.podcast-listeners%2Fpodcast-analytics';
const renewals = (today = TODAY, ...agreements: DataSharingAgreement[]): RenewalReport =>
  listRenewals(indexOf(...(agreements.length ? agreements : [buildAgreement()])), { today, days: 14, governanceTeam: '@daff/data-governance' });
const endingOn = (end: string) => buildAgreement((a) => (a.spec.end = end));
/** The issue the bot wrote for `report`'s first agreement, as the issues list API gives it back. */
const issueOf = (report: RenewalReport, number = 7, change: Partial<FoundBotIssue> = {}): FoundBotIssue => {
  const c = renderRenewalIssue(report.due[0]!, { today: report.today, days: report.days });
  return { number, state: 'open', title: c.title, body: c.body, labels: c.labels, ...change };
};

describe('listRenewals', () => {
  it('lists an agreement ending within the window with both teams, the product owner and whose approval a renewal needs', () => {
    const report = renewals();
    expect(report).toMatchObject({ today: TODAY, days: 14, renewBy: '2027-07-04', later: [] });
    expect(report.due).toEqual([
      expect.objectContaining({
        id: ID,
        daysLeft: 10,
        domain: 'podcast',
        provider: { team: 'podcast-data', handle: '@daff/podcast-data' },
        productOwner: '@daff/maria',
        consumer: { team: 'podcast-analytics', handle: '@daff/podcast-analytics' },
        approvers: [
          { team: 'podcast-data', handle: '@daff/podcast-data', why: 'owns the shared product' },
          { team: 'data-governance', handle: '@daff/data-governance', why: 'personal data is shared' },
        ],
      }),
    ]);
    expect(report.due[0]?.agreement).toMatchObject({ name: 'podcast-analytics', end: '2027-06-30', status: 'ending-soon' });
  });

  it.each([
    ['ends on the last day of the window', '2027-07-04', 14],
    ['ends today, the last day it grants', TODAY, 0],
    ['ended yesterday, its file still there', '2027-06-19', -1],
    ['ended long ago', '2026-01-31', -505],
  ])('is due when it %s', (_case, end, daysLeft) => {
    expect(renewals(TODAY, endingOn(end)).due.map((s) => s.daysLeft)).toEqual([daysLeft]);
  });

  it.each([
    ['ends the day after the window', '2027-07-05', [{ id: ID, end: '2027-07-05' }]],
    ['has no end date the check could read', 'soon', [{ id: ID }]],
  ])('is not due when it %s, and is listed as later', (_case, end, later) => {
    const report = renewals(TODAY, endingOn(end));
    expect(report.due).toEqual([]);
    expect(report.later).toEqual(later);
  });

  it('names only the owner team when no shared column holds personal data', () => {
    const listeners = buildAgreement((a) => (a.spec.provider.ports = [{ name: 'daily', columns: ['listen_date'] }]));
    expect(renewals(TODAY, listeners).due[0]?.approvers.map((x) => x.team)).toEqual(['podcast-data']);
  });
});

describe('renderRenewalIssue', () => {
  it('tells both teams the agreement in words, when it ends and what to do', () => {
    const c = renderRenewalIssue(renewals().due[0]!, { today: TODAY, days: 14, siteUrl: 'https://mesh.example/' });
    expect(c.title).toBe('Renew or let end by 2027-06-30: agreement podcast-analytics (podcast-analytics reads podcast.podcast-listeners)');
    expect(c.labels).toEqual(['meshplane-renewal', 'domain:podcast']);
    expect(readRenewalMarkers(c.body)).toEqual({ fingerprint: FP, digest: 'ending-2027-06-30' });
    expect(c.body).toMatchInlineSnapshot(`
      "<!-- meshplane:renewal podcast.podcast-listeners%2Fpodcast-analytics -->
      <!-- meshplane:renewal-state ending-2027-06-30 -->
      ## Agreement podcast-analytics: podcast-analytics reads Podcast listeners (podcast.podcast-listeners)

      **Ends in 10 days**, on 2027-06-30. The platform grants it through that day; from 2027-07-01 the next apply revokes the access.

      Provider: @daff/podcast-data, product owner @daff/maria · Consumer: @daff/podcast-analytics · domain podcast · file \`catalog/podcast/podcast-listeners/agreements/podcast-analytics.yaml\` · [product page](https://mesh.example/products/podcast.podcast-listeners/)

      ### The agreement

      \`podcast-analytics\` may read \`daily\` (the whole port) of \`podcast.podcast-listeners\` from 2026-11-01 through 2027-06-30, for: Weekly audience reports for the podcast studios. Legal basis: legitimate-interests.

      ### What to do

      - **Renew it**: a pull request that moves \`end\` in \`catalog/podcast/podcast-listeners/agreements/podcast-analytics.yaml\` to the new last day. It needs the approval of @daff/podcast-data (owns the shared product) and @daff/data-governance (personal data is shared). Once it merges, the next run closes this issue.
      - **Let it end**: nothing to do before 2027-06-30; then remove the file in a pull request (@daff/podcast-data or @daff/podcast-analytics approves a removal).

      <sub>Written by Meshplane on 2027-06-20, 14 days ahead of an agreement's end. This issue is edited in place on every run, with a comment when the end or the state changes; it is closed once the agreement is renewed beyond that window or removed.</sub>
      "
    `);
  });

  it('says once it has ended that the plan revokes it, and asks to renew or remove it', () => {
    const c = renderRenewalIssue(renewals('2027-07-02').due[0]!, { today: '2027-07-02', days: 14 });
    expect(c.title).toBe('Ended on 2027-06-30, renew or remove: agreement podcast-analytics (podcast-analytics read podcast.podcast-listeners)');
    expect(c.body).toContain(
      "**Ended on 2027-06-30**, 2 days ago. The platform granted it through that day; the next apply (on the next merge, or the provision workflow's daily run) revokes the access, if one has not already.",
    );
    expect(c.body).toContain('- **Remove it**: a pull request that deletes the file (@daff/podcast-data or @daff/podcast-analytics approves a removal)');
    expect(readRenewalMarkers(c.body)?.digest).toBe('ended-2027-06-30');
  });

  it('escapes every catalog value: a purpose, team or product owner cannot mention anyone or inject HTML', () => {
    const s = renewals().due[0]!;
    const hostile = {
      ...s,
      agreement: { ...s.agreement, purpose: 'Reports for @everyone <img src=x onerror=alert(1)> [x](http://evil)', team: '@evil' },
      consumer: { team: '@evil', handle: 'not a handle @someone' },
      productOwner: '@someone else',
    };
    const c = renderRenewalIssue(hostile, { today: TODAY, days: 14 });
    expect(c.body).not.toMatch(/(^|[^\u200d`\\])@(everyone|evil|someone)/m);
    // Backslash-escaped, `<` and `[` are shown, never parsed as HTML or a link.
    expect(c.body).not.toMatch(/(^|[^\\])<img/m);
    expect(c.body).not.toMatch(/(^|[^\\])\[x\]\(/m);
    expect(c.title).not.toMatch(/@(?!\u200d)/);
  });
});

describe('planRenewalIssueActions', () => {
  const plan = (report: RenewalReport, found: FoundBotIssue[]) => planRenewalIssueActions(report, found, {});

  it('opens one issue per agreement due, and nothing for those ending later', () => {
    const other = buildAgreement((a) => ((a.metadata.name = 'later'), (a.spec.end = '2027-12-31')));
    expect(plan(renewals(TODAY, buildAgreement(), other), [])).toEqual([expect.objectContaining({ kind: 'create', fingerprint: FP })]);
  });

  it.each<[string, RenewalReport, Partial<FoundBotIssue>, object]>([
    ['leaves an issue that already says this', renewals(), {}, { kind: 'none', issueNumber: 7 }],
    [
      'comments when the end moved within the window',
      renewals(TODAY, endingOn('2027-07-02')),
      {},
      { kind: 'update', comment: 'On 2027-06-20: the agreement now ends on 2027-07-02, in 12 days.' },
    ],
    [
      'comments once the agreement has ended: the plan revokes it',
      renewals('2027-07-01'),
      {},
      {
        kind: 'update',
        title: expect.stringMatching(/^Ended on 2027-06-30/),
        comment:
          'Ended on 2027-06-30: the next apply revokes the access of `podcast-analytics` to `podcast.podcast-listeners` (the platform granted it through its end day). Renew it by a pull request that moves `end`, or remove the file.',
      },
    ],
    [
      'reopens its last closed issue rather than opening another',
      renewals(),
      { state: 'closed', stateReason: 'completed' },
      { kind: 'reopen', issueNumber: 7, comment: 'Due again on 2027-06-20: the agreement ends on 2027-06-30, in 10 days. Reopening this issue.' },
    ],
    ['never reopens an issue closed as a duplicate', renewals(), { state: 'closed', stateReason: 'duplicate' }, { kind: 'create' }],
    [
      'keeps the labels people added',
      renewals(),
      { labels: ['meshplane-renewal', 'domain:old', 'legal'] },
      { kind: 'update', labels: ['meshplane-renewal', 'domain:podcast', 'legal'] },
    ],
  ])('%s', (_case, report, change, expected) => {
    const [action, ...rest] = plan(report, [issueOf(renewals(), 7, change)]);
    expect(rest).toEqual([]);
    expect(action).toMatchObject(expected);
  });

  it('edits the days left in place the next day, without a comment', () => {
    const [action] = plan(renewals('2027-06-21'), [issueOf(renewals())]);
    expect(action).toMatchObject({ kind: 'update', issueNumber: 7 });
    expect(action?.kind === 'update' && action.body).toContain('**Ends in 9 days**');
    expect(action).not.toHaveProperty('comment');
  });

  it.each([
    [
      'renewed beyond the window',
      [endingOn('2027-12-31')],
      'Renewed until 2027-12-31: the agreement no longer ends within 14 days (on 2027-06-20). Closing this issue.',
    ],
    ['removed', [], "Removed: the agreement's file is gone (on 2027-06-20), so the next apply revokes whatever it still granted. Closing this issue."],
  ])('closes the issue with a comment once the agreement is %s', (_case, agreements, comment) => {
    const report = agreements.length ? renewals(TODAY, ...agreements) : { ...renewals(), due: [], later: [] };
    const found = issueOf(renewals(), 7, { labels: ['meshplane-renewal', 'domain:podcast', 'legal'] });
    expect(plan(report, [found])).toEqual([
      { kind: 'close', fingerprint: FP, issueNumber: 7, title: found.title, body: found.body, labels: found.labels, comment },
    ]);
  });

  it('leaves closed issues of agreements no longer due alone', () => {
    expect(plan(renewals(TODAY, endingOn('2027-12-31')), [issueOf(renewals(), 7, { state: 'closed' })])).toEqual([]);
  });
});
