import { describe, expect, it } from 'vitest';
import { edits } from './edit-files.js';
import { OWNER, REPO, useTestApp } from './start-test-app.js';

/** The day six agreements on personal data and a waiver of the example mesh have ended: seven errors already on main. */
const t = useTestApp({ now: new Date('2027-04-01T09:00:00Z') });
const state = () => t.github.repo(OWNER, REPO);
const runFor = (sha: string) => state().checkRuns.find((r) => r.head_sha === sha);

/** A documentation change with the patch bump it needs. */
const describeMore = (s: string): string =>
  s
    .replace(/^ {2}description: \|\n/m, '  description: |\n    Now with more words.\n')
    .replace(/^( {2}version: \d+\.\d+\.)(\d+)/m, (_m, head: string, patch: string) => `${head}${Number(patch) + 1}`);

describe('the app judges a pull request on what it changes', () => {
  it('passes a change to a product without debts, saying which existing errors do not block', async () => {
    const sha = t.commit('touch-b', edits.file('catalog/podcast/podcast-listeners/product.yaml', describeMore));
    const pull = t.openPull('touch-b');
    expect(await t.deliver('pull_request', t.pullPayload('opened', pull))).toBe(200);
    const run = runFor(sha);
    expect(run?.conclusion, run?.output.summary ?? '').toBe('success');
    // The warnings: the listeners' consent (waived until the day before) and the growth team's agreement ended in 2026.
    expect(run?.output.title).toBe('Passed: 0 errors (and 7 existing, not blocking), 2 warnings, 0 notices');
    const comment = state().comments.find((c) => c.issue_number === pull.number)?.body ?? '';
    expect(comment).toContain('7 existing errors in 7 products, none touched by this change');
    expect(comment).not.toContain('- [ ] Fix');
  }, 60_000);

  it('fails a change to the product whose agreement on personal data ended, and asks to fix that one error', async () => {
    const sha = t.commit('touch-a', edits.file('catalog/player/play-events/product.yaml', describeMore));
    const pull = t.openPull('touch-a');
    await t.deliver('pull_request', t.pullPayload('opened', pull));
    expect(runFor(sha)?.conclusion).toBe('failure');
    const comment = state().comments.find((c) => c.issue_number === pull.number)?.body ?? '';
    expect(comment).toContain('- [ ] Fix 1 error');
    expect(comment).toContain('global.agreements.personal-data-ended');
  }, 60_000);
});
