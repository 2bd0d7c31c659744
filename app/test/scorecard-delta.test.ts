import { describe, expect, it } from 'vitest';
import { buildSloStatus } from '@meshplane/testkit';
import { edits } from './edit-files.js';
import { OWNER, REPO, useTestApp } from './start-test-app.js';

const t = useTestApp({ now: new Date('2026-11-22T12:00:00Z') });
const LISTENERS = 'catalog/podcast/podcast-listeners/product.yaml';
const bump = (s: string): string => s.replace(/^( {2}version: \d+\.\d+\.)(\d+)/m, (_m, head: string, patch: string) => `${head}${Number(patch) + 1}`);
const commentOf = (pull: number): string => t.github.repo(OWNER, REPO).comments.find((c) => c.issue_number === pull)?.body ?? '';

describe('the pull request comment shows the scorecard delta of the products it changes', () => {
  it('says which attribute a change lowers, and the new score', async () => {
    t.commit(
      'untag',
      edits.file(LISTENERS, (s) => bump(s.replace(/^ {2}tags: \[.*\]\n/m, ''))),
    );
    const pull = t.openPull('untag');
    await t.deliver('pull_request', t.pullPayload('opened', pull));
    const comment = commentOf(pull.number);
    expect(comment).toContain('#### Scorecards');
    expect(comment).toMatch(
      /- `podcast\.podcast-listeners`: score ([\d.]+) → (?!\1)[\d.]+ \((gold|silver|bronze|gold → silver)\); discoverable: 4\/4 → 3\/4$/m,
    );
  }, 60_000);

  it('judges the SLO checks on the data branch’s statuses and the governance check on the policies’ findings', async () => {
    // The listeners' SLOs as the slo-monitor action left them: one breached with its budget spent, one fine.
    const statuses = [
      buildSloStatus({ port: 'daily-listeners', slo: 'fresh-daily', budgetRemaining: -2.42 }),
      buildSloStatus({ port: 'daily-listeners', slo: 'complete', state: 'ok', budgetRemaining: 0.8 }),
    ];
    t.commit('meshplane-data', (r) => r.write('slo-status.json', JSON.stringify(statuses)), { from: 'main', message: 'SLO statuses' });
    // A change that drops the breached SLO and makes the port public (the policies deny personal data on a public port).
    const dropSlo = (s: string): string => s.replace(/^ {8}- name: fresh-daily\n(?: {10}.*\n)+/m, '');
    t.commit(
      'public',
      edits.file(LISTENERS, (s) => bump(dropSlo(s).replace(/^ {4}classification: confidential$/m, '    classification: public'))),
    );
    const pull = t.openPull('public');
    await t.deliver('pull_request', t.pullPayload('opened', pull));
    const line = commentOf(pull.number)
      .split('\n')
      .find((l) => l.startsWith('- `podcast.podcast-listeners`: score'));
    // The base's breached SLO and spent budget fail two checks; the head no longer declares that SLO, and the other is met.
    expect(line).toMatch(/: score [\d.]+ → [\d.]+ \([a-z →]+\); trustworthy: 3\/5 → 5\/5, secure: 3\/3 → 2\/3$/);
  }, 60_000);
});
