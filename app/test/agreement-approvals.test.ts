import { describe, expect, it } from 'vitest';
import { openPlatformDriver } from '@meshplane/platform';
import { git, type GithubPull } from '@meshplane/testkit';
import { locateRepoData } from '../src/index.js';
import { edits } from './edit-files.js';
import { OWNER, REPO, useTestApp } from './start-test-app.js';

const t = useTestApp({ now: new Date('2026-11-22T09:00:00Z') });
const state = () => t.github.repo(OWNER, REPO);
const runFor = (sha: string) =>
  state()
    .checkRuns.filter((r) => r.head_sha === sha)
    .at(-1);
/** The newest approval annotation of a head commit (a check run's annotations add up over its updates, as on GitHub). */
const approvalOf = (sha: string) =>
  runFor(sha)
    ?.annotations.filter((a) => a.title === 'agreement.approval')
    .at(-1);
const commentOn = (n: number): string => state().comments.find((c) => c.issue_number === n)?.body ?? '';
const FOLDER = 'catalog/podcast/podcast-listeners/agreements';

/** An agreement of the marketing team on the listeners' daily port: whole (personal data), or some columns. */
const agreement = (columns?: string[]): string =>
  [
    'apiVersion: meshplane/v1',
    'kind: DataSharingAgreement',
    'metadata:',
    '  name: marketing-data',
    'spec:',
    '  provider:',
    '    product: podcast.podcast-listeners',
    '    ports:',
    '      - name: daily-listeners',
    ...(columns ? [`        columns: [${columns.join(', ')}]`] : []),
    '  consumer:',
    '    team: marketing-data',
    '  purpose: Reach of the podcast campaigns',
    ...(columns ? [] : ['  legalBasis: consent']),
    '  start: 2026-11-01',
    '  end: 2027-04-30',
    '',
  ].join('\n');

/** Submits a review by `login` on the pull request's `commit` (as GitHub keeps it) and delivers the webhook. */
async function review(pull: GithubPull, login: string, commit: string, reviewState = 'APPROVED'): Promise<void> {
  const id = 9000 + state().reviews.length;
  const body = {
    id,
    pull_number: pull.number,
    state: reviewState,
    body: '',
    commit_id: commit,
    user: { login, id, type: 'User' },
    submitted_at: '2026-11-22T09:00:00Z',
  };
  state().reviews.push(body);
  const example = t.payload('pull_request_review', 'submitted', {});
  await t.deliver('pull_request_review', {
    ...example,
    review: { ...(example.review as object), ...body, state: reviewState.toLowerCase() },
    pull_request: t.pullPayload('synchronize', { ...pull, head: { ...pull.head, sha: commit } }).pull_request,
  });
}

describe('data sharing agreements need their approvals (the app)', () => {
  it('fails a consumer’s pull request until the provider and, for personal data, the governance group approve; merging grants', async () => {
    const sha = t.commit('marketing-reads-listeners', (r) => r.write(`${FOLDER}/marketing-data.yaml`, agreement()));
    const pull = t.openPull('marketing-reads-listeners', { author: 'fatima' });
    await t.deliver('pull_request', t.pullPayload('opened', pull));
    expect(runFor(sha)?.conclusion).toBe('failure');
    const annotation = approvalOf(sha);
    expect(annotation).toMatchObject({ path: `${FOLDER}/marketing-data.yaml`, start_line: 4, annotation_level: 'failure' });
    expect(annotation?.message).toBe(
      'The new agreement `marketing-data` (`podcast.podcast-listeners` shared with `marketing-data`) needs approval of @daff/podcast-data (owns the shared product) and @daff/data-governance (personal data is shared).',
    );
    // The provider's owners are asked to review, and so is the governance group.
    expect(state().reviewRequests.get(pull.number)?.teams.sort()).toEqual(['data-governance', 'podcast-data']);
    expect(commentOn(pull.number)).toContain('#### Data sharing agreements');
    expect(commentOn(pull.number)).toContain(
      '`marketing-data` may read `daily-listeners` (the whole port) of `podcast.podcast-listeners` from 2026-11-01 through 2027-04-30, for: Reach of the podcast campaigns. Legal basis: consent.',
    );

    await review(pull, 'maria', sha);
    expect(runFor(sha)?.conclusion).toBe('failure');
    expect(approvalOf(sha)?.message).toMatch(
      /needs approval of @daff\/data-governance \(personal data is shared\); approved by @maria for @daff\/podcast-data\.$/,
    );

    await review(pull, 'priya', sha);
    expect(runFor(sha)?.conclusion).toBe('success');
    expect(approvalOf(sha)).toMatchObject({
      annotation_level: 'notice',
      message: expect.stringMatching(/approved by @maria for @daff\/podcast-data, @priya for @daff\/data-governance\.$/),
    });

    // Merged: the next apply grants the marketing team the port (recorded on DuckDB).
    git(t.repo.dir, 'merge', '-q', '--no-ff', '-m', 'merge marketing-reads-listeners', 'marketing-reads-listeners');
    const merged = git(t.repo.dir, 'rev-parse', 'main').trim();
    await t.deliver(
      'push',
      t.payload('push', undefined, {
        ref: 'refs/heads/main',
        before: '0'.repeat(40),
        after: merged,
        deleted: false,
        created: false,
        forced: false,
        commits: [],
        head_commit: null,
      }),
    );
    const driver = await openPlatformDriver({
      root: locateRepoData(t.dataDir, OWNER, REPO),
      config: { apiVersion: 'meshplane/v1', kind: 'Config' },
      readOnly: true,
    });
    try {
      const grants = (await driver.readActualState(['podcast'])).grants.filter(
        (g) => g.role === 'team_marketing_data' && g.schema === 'podcast' && (g.object === '' || g.object.startsWith('podcast_listeners__')),
      );
      expect(grants.map((g) => `${g.object}:${g.privilege}`).sort()).toEqual([
        ':USAGE',
        'podcast_listeners__daily_listeners:SELECT',
        'podcast_listeners__daily_listeners__latest:SELECT',
      ]);
    } finally {
      await driver.close();
    }
  }, 120_000);

  it('needs approving again after the agreement is widened, and a change that keeps it as approved keeps the approval', async () => {
    const first = t.commit('growth-columns', (r) =>
      r.write(`${FOLDER}/growth-more.yaml`, agreement(['episode_id', 'plays']).replace('name: marketing-data', 'name: growth-more')),
    );
    const pull = t.openPull('growth-columns', { author: 'fatima' });
    await t.deliver('pull_request', t.pullPayload('opened', pull));
    await review(pull, 'maria', first);
    expect(runFor(first)?.conclusion).toBe('success');
    const widened = t.commit(
      'growth-columns',
      edits.file(`${FOLDER}/growth-more.yaml`, (s) => s.replace('[episode_id, plays]', '[episode_id, plays, country_code]')),
    );
    const next = { ...pull, head: { ...pull.head, sha: widened } };
    await t.deliver('pull_request', t.pullPayload('synchronize', next));
    expect(runFor(widened)?.conclusion).toBe('failure');
    expect(approvalOf(widened)?.message).toContain(
      'The new agreement `growth-more` (`podcast.podcast-listeners` shared with `marketing-data`) needs approval of @daff/podcast-data (owns the shared product).',
    );
    // An approval of the widened agreement counts, and keeps counting after a commit that leaves the agreement as it was.
    await review(next, 'li', widened);
    expect(runFor(widened)?.conclusion).toBe('success');
    const later = t.commit(
      'growth-columns',
      edits.file('catalog/podcast/podcast-listeners/README.md', (s) => `${s}\nMore about the listeners.\n`),
    );
    await t.deliver('pull_request', t.pullPayload('synchronize', { ...pull, head: { ...pull.head, sha: later } }));
    expect(runFor(later)?.conclusion).toBe('success');
    expect(approvalOf(later)?.message).toMatch(/approved by @li for @daff\/podcast-data\.$/);
  }, 120_000);

  it('never counts a fork’s own approval, nor a reviewer the pull request adds to the provider team', async () => {
    const sha = t.commit('fork-agreement', (r) => {
      r.write(`${FOLDER}/fork-read.yaml`, agreement().replace('end: 2027-04-30', 'end: 2027-03-31').replace('name: marketing-data', 'name: fork-read'));
      edits.file('catalog/teams/podcast-data.yaml', (s) => s.replace('    - "@daff/omar"', '    - "@daff/omar"\n    - "@mallory"\n    - "@eve"'))(r);
    });
    const pull = t.openPull('fork-agreement', { author: 'mallory', headRepo: 'mallory/mesh' });
    await t.deliver('pull_request', t.pullPayload('opened', pull));
    await review(pull, 'mallory', sha);
    await review(pull, 'eve', sha);
    expect(runFor(sha)?.conclusion).toBe('failure');
    expect(approvalOf(sha)?.message).toMatch(
      /needs approval of @daff\/podcast-data \(owns the shared product\) and @daff\/data-governance \(personal data is shared\)\.$/,
    );
    // A member of the team in the base catalog is a real approval, even on a fork's pull request.
    await review(pull, 'omar', sha);
    expect(approvalOf(sha)?.message).toMatch(/approved by @omar for @daff\/podcast-data/);
  }, 120_000);
});
