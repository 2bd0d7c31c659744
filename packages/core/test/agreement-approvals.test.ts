import { describe, expect, it } from 'vitest';
import {
  checkCatalog,
  judgeAgreementApprovals,
  listAgreementChanges,
  renderAgreementChanges,
  type AgreementApprovals,
  type CatalogIndex,
  type DataSharingAgreement,
} from '@meshplane/core';
import { readYamlDocument } from '@meshplane/source';
import { agreementPath, buildAgreement, buildMeshFiles, buildProduct, toYaml } from '@meshplane/testkit';

/** The builders' mesh with a governance team (members ada and gus) and the given agreements. */
function indexOf(agreements: DataSharingAgreement[], members: Record<string, string[]> = {}): CatalogIndex {
  const files = buildMeshFiles([buildProduct()]);
  files['catalog/teams/data-governance.yaml'] = toYaml({
    apiVersion: 'meshplane/v1',
    kind: 'Team',
    metadata: { name: 'data-governance' },
    spec: { github: '@daff/data-governance', members: members.governance ?? ['@daff/ada', '@gus'] },
  });
  if (members.podcast)
    files['catalog/teams/podcast-data.yaml'] = toYaml({
      apiVersion: 'meshplane/v1',
      kind: 'Team',
      metadata: { name: 'podcast-data' },
      spec: { github: '@daff/podcast-data', members: members.podcast },
    });
  for (const a of agreements) files[agreementPath(a)] = toYaml(a);
  const docs = Object.entries(files).map(([file, text]) => readYamlDocument(file, text).document!);
  return checkCatalog({ documents: docs, findings: [], files: Object.keys(files) }, { root: '.', toolVersion: 't' }).index;
}

const judge = (base: CatalogIndex, head: CatalogIndex, approvals: AgreementApprovals) =>
  judgeAgreementApprovals(listAgreementChanges(base, head), { base, head, governanceTeam: '@daff/data-governance' }, approvals);
const approvedBy = (...logins: string[]) => ({ reviews: logins.map((login) => ({ login, files: new Set([agreementPath(buildAgreement())]) })) });

describe('agreement approvals', () => {
  const empty = indexOf([]);
  const added = indexOf([buildAgreement()]);

  it('asks the provider’s owners, and the governance group for personal data, until members of each approve', () => {
    const [none] = judge(empty, added, { reviews: [] });
    expect(none).toMatchObject({
      ruleId: 'agreement.approval',
      severity: 'error',
      file: agreementPath(buildAgreement()),
      line: 4,
      productId: 'podcast.podcast-listeners',
    });
    expect(none?.message).toBe(
      'The new agreement `podcast-analytics` (`podcast.podcast-listeners` shared with `podcast-analytics`) needs approval of @daff/podcast-data (owns the shared product) and @daff/data-governance (personal data is shared).',
    );
    const [half] = judge(empty, added, approvedBy('maria'));
    expect(half?.message).toMatch(/needs approval of @daff\/data-governance \(personal data is shared\); approved by @maria for @daff\/podcast-data\.$/);
    const [both] = judge(empty, added, approvedBy('Maria', 'GUS'));
    expect(both).toMatchObject({ severity: 'notice' });
    expect(both?.message).toMatch(/: approved by @Maria for @daff\/podcast-data, @GUS for @daff\/data-governance\.$/);
  });

  it('needs no governance approval when the agreed columns hold no personal data', () => {
    const limited = buildAgreement((a) => void (a.spec.provider.ports[0]!.columns = ['listen_date']));
    const files = new Set([agreementPath(limited)]);
    expect(judge(empty, indexOf([limited]), { reviews: [{ login: 'maria', files }] })[0]).toMatchObject({ severity: 'notice' });
  });

  it('never counts the author, a reviewer outside the team, or an approval of another version of the file', () => {
    expect(judge(empty, added, { ...approvedBy('maria', 'ada'), author: 'maria' })[0]?.severity).toBe('error');
    expect(judge(empty, added, approvedBy('mallory', 'ada'))[0]?.severity).toBe('error');
    expect(
      judge(empty, added, {
        reviews: [
          { login: 'maria', files: new Set() },
          { login: 'ada', files: new Set([agreementPath(buildAgreement())]) },
        ],
      })[0]?.severity,
    ).toBe('error');
  });

  it('takes the members from the base catalog: a pull request cannot add its own approvers', () => {
    const head = indexOf([buildAgreement()], { podcast: ['@daff/maria', '@mallory'] });
    expect(judge(empty, head, approvedBy('mallory', 'ada'))[0]?.severity).toBe('error');
    const base = indexOf([], { podcast: ['@daff/maria', '@mallory'] });
    expect(judge(base, head, approvedBy('mallory', 'ada'))[0]?.severity).toBe('notice');
  });

  it('says which team lists no members to approve with', () => {
    const [f] = judge(indexOf([], { governance: [] }), added, approvedBy('maria'));
    expect(f?.message).toContain('@daff/data-governance lists no members in the base catalog (catalog/teams/data-governance.yaml).');
  });

  it('needs approving again when the agreement changes, and lets the owners or the consumer approve a removal', () => {
    const longer = indexOf([buildAgreement((a) => void (a.spec.end = '2027-09-30'))]);
    expect(judge(added, longer, { reviews: [] })[0]?.message).toMatch(/^The changed agreement `podcast-analytics`/);
    const [removal] = judge(added, empty, { reviews: [] });
    expect(removal?.message).toBe(
      'Removing the agreement `podcast-analytics` (`podcast.podcast-listeners` shared with `podcast-analytics`) needs approval of @daff/podcast-data (owns the shared product) or @daff/podcast-analytics (the consumer team).',
    );
    expect(removal).toMatchObject({ file: 'catalog/podcast/podcast-listeners/product.yaml', line: 4, pointer: '/metadata/id' });
    const consumer = indexOf([], { podcast: ['@daff/maria'] });
    const withConsumer = {
      ...consumer,
      teams: consumer.teams.map((t) =>
        t.name === 'podcast-analytics' ? { ...t, data: { spec: { github: '@daff/podcast-analytics', members: ['@daff/zoe'] } } } : t,
      ),
    };
    expect(
      judge({ ...added, teams: withConsumer.teams }, empty, { reviews: [{ login: 'zoe', files: new Set([agreementPath(buildAgreement())]) }] })[0]?.severity,
    ).toBe('notice');
  });

  it('only announces the needs when no reviews were read (a check outside a pull request)', () => {
    expect(judge(empty, added, { source: 'no pull request' })[0]).toMatchObject({
      severity: 'notice',
      message: expect.stringMatching(/will need approval of @daff\/podcast-data .* on its pull request \(no pull request\)\.$/),
    });
  });

  it('tells the pull request comment each change in words', () => {
    expect(renderAgreementChanges(listAgreementChanges(empty, added))).toEqual([
      '- ➕ `podcast-analytics` may read `daily` (the whole port) of `podcast.podcast-listeners` from 2026-11-01 through 2027-06-30, for: Weekly audience reports for the podcast studios. Legal basis: legitimate-interests.',
    ]);
    expect(renderAgreementChanges(listAgreementChanges(added, empty))).toEqual([
      '- ➖ `podcast-analytics` no longer reads `podcast.podcast-listeners` under `podcast-analytics`: the next apply revokes it.',
    ]);
    // `@` gets a zero-width joiner, as in every issue and comment (escapeMarkdown); a backslash is escaped itself, so
    // `\@` cannot undo it.
    const hostile = indexOf([buildAgreement((a) => void (a.spec.purpose = 'See [here](https://evil.example) @everyone \\@team <img src=x>'))]);
    expect(renderAgreementChanges(listAgreementChanges(empty, hostile))[0]).toContain(
      'for: See \\[here\\](https://evil.example) @\u200deveryone \\\\@\u200dteam \\<img src=x\\>.',
    );
  });
});
