import { describe, expect, it } from 'vitest';
import { buildSloStatus } from '@meshplane/testkit';
import { edits } from './edit-files.js';
import { OWNER, REPO, useTestApp } from './start-test-app.js';

const t = useTestApp({ now: new Date('2026-11-22T12:00:00Z') });
const state = () => t.github.repo(OWNER, REPO);
const runsFor = (sha: string) => state().checkRuns.filter((r) => r.head_sha === sha);
const LISTENERS = 'catalog/podcast/podcast-listeners/product.yaml';

/** The latest statuses the slo-monitor action keeps on the data branch: the listeners' freshness budget is spent. */
const exhausted = buildSloStatus({ port: 'daily-listeners', slo: 'fresh-daily', budgetRemaining: -2.42, burnRates: [{ window: 'PT6H', rate: 20 }] });

/** A feature change (more documentation, with its patch bump) to the product whose budget is exhausted. */
const feature = edits.file(LISTENERS, (s) =>
  s
    .replace(/^ {2}description: \|\n/m, '  description: |\n    Now with more words.\n')
    .replace(/^( {2}version: \d+\.\d+\.)(\d+)/m, (_m, head: string, patch: string) => `${head}${Number(patch) + 1}`),
);

describe('the error-budget merge gate (app)', () => {
  it('fails a feature pull request to a product with an exhausted budget, and passes it once labelled a reliability fix', async () => {
    // With 2 500 other statuses the file is over 1 MB, which GitHub's contents API sends without content: the app reads
    // it as a blob.
    const others = Array.from({ length: 2500 }, (_, i) => buildSloStatus({ productId: `other.product-${i}`, state: 'ok', budgetRemaining: 0.9 }));
    const text = JSON.stringify([exhausted, ...others]);
    expect(text.length).toBeGreaterThan(1024 * 1024);
    t.commit('meshplane-data', (r) => r.write('slo-status.json', text), { from: 'main', message: 'SLO statuses' });
    const sha = t.commit('feature', feature);
    const pull = t.openPull('feature');
    await t.deliver('pull_request', t.pullPayload('opened', pull));
    const [failed] = runsFor(sha);
    expect(failed?.conclusion).toBe('failure');
    const annotation = failed?.annotations.find((a) => a.title === 'slo.budget-exhausted');
    expect(annotation).toMatchObject({ path: LISTENERS, annotation_level: 'failure' });
    expect(annotation?.message).toContain('SLO `fresh-daily` on port `daily-listeners`: budget exhausted (342 % spent) over 28 days, burning 20× over 6 h');
    const comment = () => state().comments.find((c) => c.issue_number === pull.number)?.body ?? '';
    expect(comment()).toContain('SLO `fresh-daily` on port `daily-listeners`: budget exhausted (342 % spent)');

    // Another label changes nothing; the reliability label re-checks, and the gate lets the fix through.
    const labelled = (name: string) =>
      t.pullPayload('labeled', pull, {
        label: { id: 1, node_id: 'L_1', url: '', name, color: 'ededed', default: false, description: null },
        pull_request: {
          ...(t.pullPayload('opened', pull).pull_request as object),
          labels: [{ id: 1, node_id: 'L_1', url: '', name, color: 'ededed', default: false, description: null }],
        },
      });
    await t.deliver('pull_request', labelled('documentation'));
    expect(runsFor(sha)).toHaveLength(1);
    await t.deliver('pull_request', labelled('reliability-fix'));
    expect(runsFor(sha).at(-1)?.conclusion).toBe('success');
    const fix = runsFor(sha)
      .at(-1)
      ?.annotations.filter((a) => a.title === 'slo.budget-exhausted')
      .at(-1);
    expect(fix).toMatchObject({
      annotation_level: 'notice',
      message: expect.stringContaining('Allowed: this pull request is a reliability fix (`reliability-fix`).'),
    });
  }, 120_000);

  it('passes the same feature while a governance waiver is in force, and fails it once the waiver has expired', async () => {
    const waiver = (expires: string) =>
      [
        'apiVersion: meshplane/v1',
        'kind: Waiver',
        'metadata:',
        '  name: listeners-budget',
        'spec:',
        '  rule: slo.budget-exhausted',
        '  product: podcast.podcast-listeners',
        '  reason: The new documentation explains the incident to consumers while the fix is in review.',
        '  approvedBy: "@daff/data-governance"',
        `  expires: ${expires}`,
        '',
      ].join('\n');
    t.commit('main', (r) => r.write('policies/waivers/listeners-budget.yaml', waiver('2026-12-15')), { message: 'waive the budget gate' });
    const inForce = t.commit('feature-waived', feature);
    await t.deliver('pull_request', t.pullPayload('opened', t.openPull('feature-waived')));
    expect(runsFor(inForce).at(-1)?.conclusion).toBe('success');

    t.commit('main', (r) => r.write('policies/waivers/listeners-budget.yaml', waiver('2026-11-20')), { message: 'the waiver as it stands after its expiry' });
    const expired = t.commit('feature-expired', feature);
    await t.deliver('pull_request', t.pullPayload('opened', t.openPull('feature-expired')));
    const run = runsFor(expired).at(-1);
    expect(run?.conclusion).toBe('failure');
    expect(run?.annotations.map((a) => a.title)).toEqual(expect.arrayContaining(['slo.budget-exhausted', 'waiver.expired']));
  }, 120_000);
});
