import { describe, expect, it } from 'vitest';
import { edits } from './edit-files.js';
import { OWNER, REPO, useTestApp } from './start-test-app.js';

const t = useTestApp();

const state = () => t.github.repo(OWNER, REPO);
const runsFor = (sha: string) => state().checkRuns.filter((r) => r.head_sha === sha);
const commentsOn = (n: number) => state().comments.filter((c) => c.issue_number === n);
const AGREEMENT = 'catalog/podcast/podcast-listeners/agreements/podcast-analytics.yaml';
const newProduct = (id: string) => edits.copyProduct('podcast.top-daily-podcasts', id);

describe('webhook deliveries the app must not trust or repeat', () => {
  it('refuses a forged signature without a single GitHub call', async () => {
    t.commit('forged', newProduct('podcast.forged-podcasts'));
    const pull = t.openPull('forged');
    const before = t.github.requests.length;
    const status = await t.deliver('pull_request', t.pullPayload('opened', pull), { signature: `sha256=${'0'.repeat(64)}` });
    expect(status).toBe(400);
    expect(t.github.requests.length).toBe(before);
    expect(commentsOn(pull.number)).toEqual([]);
  });

  it('ignores the same delivery twice, and repeated events for one head commit keep one check run and one comment', async () => {
    const sha = t.commit('twice', newProduct('podcast.twice-podcasts'));
    const pull = t.openPull('twice');
    const payload = t.pullPayload('opened', pull);
    await t.deliver('pull_request', payload, { id: 'delivery-same' });
    const writes = t.github.writes().length;
    await t.deliver('pull_request', payload, { id: 'delivery-same' });
    expect(t.github.writes().length).toBe(writes);
    await t.deliver('pull_request', t.pullPayload('reopened', pull));
    expect(runsFor(sha)).toHaveLength(1);
    expect(runsFor(sha)[0]?.conclusion).toBe('success');
    expect(commentsOn(pull.number)).toHaveLength(1);
    expect(
      state()
        .issues.find((i) => i.number === pull.number)
        ?.labels.map((l) => l.name),
    ).toEqual(['domain:podcast', 'new-product']);
  });

  it('never lets a result for an older head commit overwrite the newer one', async () => {
    const older = t.commit(
      'out-of-order',
      edits.file(AGREEMENT, (s) => s.replace(/^ {2}legalBasis: .*\n/m, '')),
    );
    const newer = t.commit(
      'out-of-order',
      edits.file(AGREEMENT, (s) => s.replace(/^ {2}purpose: (.*)\n/m, '  purpose: $1\n  legalBasis: legitimate-interests\n')),
    );
    const pull = t.openPull('out-of-order');
    expect(pull.head.sha).toBe(newer);
    await t.deliver('pull_request', t.pullPayload('synchronize', pull));
    await t.deliver('pull_request', t.pullPayload('synchronize', { ...pull, head: { ...pull.head, sha: older } }));
    expect(runsFor(older)[0]?.conclusion).toBe('failure');
    expect(runsFor(newer)[0]?.conclusion).toBe('success');
    const [comment, ...more] = commentsOn(pull.number);
    expect(more).toEqual([]);
    expect(comment?.body).toContain(`<!-- meshplane:head ${newer} -->`);
    expect(t.log.lines.some((l) => l.msg?.startsWith('superseded') && l.headSha === older)).toBe(true);
  });

  it('re-checks on a re-run request and on /meshplane recheck, into the same check run and comment', async () => {
    const sha = t.commit('rerun', newProduct('podcast.rerun-podcasts'));
    const pull = t.openPull('rerun');
    await t.deliver('pull_request', t.pullPayload('opened', pull));
    const checkRun = t.payload('check_run', 'rerequested', {});
    const run = checkRun.check_run as Record<string, unknown>;
    await t.deliver('check_run', { ...checkRun, check_run: { ...run, name: 'Meshplane', head_sha: sha, pull_requests: [] } });
    await t.deliver('issue_comment', t.commentPayload(pull, '/meshplane recheck'));
    const id = runsFor(sha)[0]?.id;
    const checks = t.github.requests.filter(
      (r) => r.operationId === 'checks/update' && r.path.endsWith(`/check-runs/${id}`) && (r.body as { status?: string } | undefined)?.status === 'in_progress',
    );
    expect(checks.length).toBe(2);
    expect(runsFor(sha)).toHaveLength(1);
    expect(commentsOn(pull.number)).toHaveLength(1);
    await t.deliver('issue_comment', t.commentPayload(pull, '/meshplane explain global.access.personal-data-grant'));
    const replies = commentsOn(pull.number);
    expect(replies).toHaveLength(2);
    expect(replies[1]?.body).toContain('Grants on personal data have a purpose and a future expiry');
    expect(replies[1]?.body).toContain('policies/global/access.rego');
    await t.deliver('issue_comment', t.commentPayload(pull, '/meshplane recheck', 'other-bot[bot]'));
    expect(commentsOn(pull.number)).toHaveLength(2);
  });

  it('answers /meshplane plan with what merging would provision, and re-checks when the base branch of a pull request changes', async () => {
    const sha = t.commit('plan', newProduct('podcast.plan-podcasts'));
    const pull = t.openPull('plan');
    await t.deliver('issue_comment', t.commentPayload(pull, '/meshplane plan'));
    const replies = commentsOn(pull.number).map((c) => c.body);
    expect(replies).toHaveLength(2);
    expect(replies[1]).toContain('What merging would provision');
    expect(replies[1]).toContain('### Provisioning plan');
    expect(replies[1]).toMatch(/On duckdb after merging into main: \*\*No changes|On duckdb after merging into main: \*\*\d+ to create/);
    const edits = t.github.requests.filter((r) => r.operationId === 'checks/create').length;
    await t.deliver('pull_request', t.pullPayload('edited', pull, { changes: { title: { from: 'old title' } } }));
    expect(t.github.requests.filter((r) => r.operationId === 'checks/update').length).toBeGreaterThan(0);
    const updatesBefore = t.github.requests.filter((r) => r.operationId === 'checks/update').length;
    await t.deliver('pull_request', t.pullPayload('edited', pull, { changes: { title: { from: 'old title' } } }));
    expect(t.github.requests.filter((r) => r.operationId === 'checks/update').length).toBe(updatesBefore);
    await t.deliver('pull_request', t.pullPayload('edited', pull, { changes: { base: { ref: { from: 'develop' }, sha: { from: 'f'.repeat(40) } } } }));
    expect(t.github.requests.filter((r) => r.operationId === 'checks/update').length).toBeGreaterThan(updatesBefore);
    expect(t.github.requests.filter((r) => r.operationId === 'checks/create').length).toBe(edits);
    expect(runsFor(sha)).toHaveLength(1);
  });

  it('checks the open pull requests of a repository when the app is installed', async () => {
    const sha = t.commit('before-install', newProduct('podcast.install-podcasts'));
    t.openPull('before-install');
    const install = t.payload('installation', 'created', {});
    await t.deliver('installation', { ...install, repositories: [{ id: 99, name: REPO, full_name: `${OWNER}/${REPO}`, private: false }] });
    expect(runsFor(sha)[0]?.conclusion).toBe('success');
  });
});
