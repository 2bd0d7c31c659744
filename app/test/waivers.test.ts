import { afterEach, describe, expect, it } from 'vitest';
import { edits } from './edit-files.js';
import { OWNER, REPO, startTestApp, type TestApp } from './start-test-app.js';

let t: TestApp | undefined;
afterEach(async () => {
  t?.github.assertNoViolations();
  await t?.close();
  t = undefined;
});

const SUBSCRIPTIONS = 'catalog/listener/listener-subscriptions/product.yaml';

async function checkTouchingWaivedProduct(now: Date): Promise<{ body: string; conclusion: string | null; app: TestApp }> {
  const app = await startTestApp({ now });
  t = app;
  const sha = app.commit(
    'touch',
    edits.file(SUBSCRIPTIONS, (s) =>
      s.replace('version: 2.3.0', 'version: 2.3.1').replace('description: |', 'description: |\n    Reviewed in the quarterly audit.'),
    ),
  );
  const pull = app.openPull('touch');
  await app.deliver('pull_request', app.pullPayload('opened', pull));
  const repo = app.github.repo(OWNER, REPO);
  return {
    body: repo.comments.find((c) => c.issue_number === pull.number)?.body ?? '',
    conclusion: repo.checkRuns.find((r) => r.head_sha === sha)?.conclusion ?? null,
    app,
  };
}

describe('waivers on a pull request', () => {
  it('lists a waiver in force with its expiry in the comment', async () => {
    const { body, conclusion } = await checkTouchingWaivedProduct(new Date('2026-11-22T12:00:00Z'));
    expect(conclusion, body).toBe('success');
    expect(body).toContain('#### Waivers');
    expect(body).toMatch(/Waived until 2027-03-31 by policies\/waivers\/listener-subscriptions-consent\.yaml/);
    expect(body).not.toContain('waiver.expiring');
  });

  it('warns, on the waiver file, when a waiver in use expires within two weeks', async () => {
    const { body, app } = await checkTouchingWaivedProduct(new Date('2027-03-25T12:00:00Z'));
    expect(body).toMatch(/⚠️ `policies\/waivers\/listener-subscriptions-consent\.yaml:\d+` — Waiver `listener-subscriptions-consent` expires on 2027-03-31/);
    const run = app.github.repo(OWNER, REPO).checkRuns.at(-1);
    expect(run?.annotations).toContainEqual(
      expect.objectContaining({ path: 'policies/waivers/listener-subscriptions-consent.yaml', title: 'waiver.expiring', annotation_level: 'warning' }),
    );
  });
});
