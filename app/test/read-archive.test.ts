import { describe, expect, it } from 'vitest';
import { edits } from './edit-files.js';
import { OWNER, REPO, startTestApp } from './start-test-app.js';

const LISTENERS = 'catalog/podcast/podcast-listeners/product.yaml';
const EVENTS = 'catalog/podcast/podcast-events/product.yaml';

describe("the app reads a commit's catalog from its archive when it holds few of its files", () => {
  it('reads one archive instead of a blob per file, and takes what the archive leaves out or rewrites from the blobs', async () => {
    const t = await startTestApp();
    try {
      // `git archive` (what GitHub's tarball is) expands `$Format:…$` in export-subst files (`%n`: a new line, so the
      // lines below move) and leaves export-ignore files out. Both files carry an archetype the schema refuses.
      const sha = t.commit('archive', (r) => {
        r.write('.gitattributes', `${LISTENERS} export-subst\n${EVENTS} export-ignore\n`);
        edits.file(LISTENERS, (s) => `# $Format:%n%n%n$\n${s.replace('archetype: source-aligned', 'archetype: sideways')}`)(r);
        edits.file(EVENTS, (s) => s.replace(/archetype: [\w-]+/, 'archetype: backwards'))(r);
      });
      const pull = t.openPull('archive');
      await t.deliver('pull_request', t.pullPayload('opened', pull));

      const of = (operationId: string) => t.github.requests.filter((r) => r.operationId === operationId);
      expect(of('repos/download-tarball-archive')).toHaveLength(1);
      expect(of('codeload').map((r) => r.status)).toEqual([200]);
      // The catalog and policies hold 222 files: the blobs read one by one are the two the archive does not hold as
      // committed, and the base's files that differ from the head's.
      expect(of('git/get-blob').length).toBeLessThanOrEqual(6);

      const run = t.github
        .repo(OWNER, REPO)
        .checkRuns.filter((r) => r.head_sha === sha)
        .at(-1);
      expect(run?.conclusion).toBe('failure');
      const at = (path: string) => run?.annotations.filter((a) => a.path === path).map((a) => a.start_line);
      // The line in the commit (1 comment line + the archetype on line 8 of the original), not in the archive (3 more).
      expect(at(LISTENERS)).toContain(9);
      expect(at(LISTENERS)).not.toContain(12);
      expect(at(EVENTS)?.length).toBeGreaterThan(0);
      t.github.assertNoViolations();
    } finally {
      await t.close();
    }
  }, 120_000);

  it('reads every blob when the archive cannot be had, with the same result', async () => {
    const t = await startTestApp();
    try {
      t.github.failNext('repos/download-tarball-archive', { status: 502, times: 5 });
      const sha = t.commit(
        'no-archive',
        edits.file(LISTENERS, (s) => s.replace('archetype: source-aligned', 'archetype: sideways')),
      );
      await t.deliver('pull_request', t.pullPayload('opened', t.openPull('no-archive')));
      expect(t.github.requests.filter((r) => r.operationId === 'git/get-blob').length).toBeGreaterThan(200);
      const run = t.github
        .repo(OWNER, REPO)
        .checkRuns.filter((r) => r.head_sha === sha)
        .at(-1);
      expect(run?.conclusion).toBe('failure');
      expect(run?.annotations.filter((a) => a.path === LISTENERS).map((a) => a.start_line)).toContain(8);
    } finally {
      await t.close();
    }
  }, 120_000);
});
