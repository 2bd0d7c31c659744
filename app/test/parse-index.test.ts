import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git } from '@meshplane/testkit';
import { edits } from './edit-files.js';
import { OWNER, REPO, startTestApp, type TestApp } from './start-test-app.js';

const PRODUCT = 'catalog/podcast/podcast-listeners/product.yaml';
const OTHER = 'catalog/player/play-events/product.yaml';

/** How many files the app's last check parsed, and how many its parse index answered. */
function lastRead(t: TestApp): { parsed: number; reused: number } {
  const line = t.log.lines.filter((l) => l.msg === 'snapshots read').at(-1);
  return { parsed: line?.parsed as number, reused: line?.reused as number };
}

describe("the app's parse index (by git blob id, kept in its data folder)", () => {
  it('parses only the changed blobs when it checks a pull request again, and after a restart with the same data folder', async () => {
    const t = await startTestApp();
    let restarted: TestApp | undefined;
    try {
      t.commit(
        'index',
        edits.file(PRODUCT, (s) => s.replace('description:', 'description: Listeners.')),
      );
      const pull = t.openPull('index');
      await t.deliver('pull_request', t.pullPayload('opened', pull));
      const cold = lastRead(t);
      // Every file of the head and the base was parsed once: the base and the head share all but the changed one.
      expect(cold.parsed).toBeGreaterThan(40);

      await t.deliver('pull_request', t.pullPayload('reopened', pull));
      expect(lastRead(t)).toEqual({ parsed: 0, reused: cold.parsed + cold.reused });

      const second = t.commit(
        'index',
        edits.file(OTHER, (s) => s.replace('description:', 'description: Plays.')),
      );
      await t.deliver('pull_request', t.pullPayload('synchronize', { ...pull, head: { ...pull.head, sha: second } }));
      expect(lastRead(t).parsed).toBe(1);
      // Stored as the base's files (shared by every pull request on it) and what the head adds to them.
      const stored = readdirSync(join(t.dataDir, 'repos', OWNER, REPO, 'cache/index')).sort();
      expect(stored).toHaveLength(2);
      expect(stored[0]).toBe('snapshots.v8');
      expect(stored[1]).toMatch(/^tree-[0-9a-f]{32}\.v8$/);
      expect(statSync(join(t.dataDir, 'repos', OWNER, REPO, 'cache/index/snapshots.v8')).size).toBeLessThan(20_000);

      // A new replica on the same data folder: the same blobs (git ids are content hashes) are not parsed again.
      restarted = await startTestApp({ dataDir: t.dataDir });
      restarted.commit(
        'index',
        edits.file(PRODUCT, (s) => s.replace('description:', 'description: Listeners.')),
      );
      await restarted.deliver('pull_request', restarted.pullPayload('opened', restarted.openPull('index')));
      expect(lastRead(restarted)).toEqual({ parsed: 0, reused: cold.parsed + cold.reused });
    } finally {
      await restarted?.close();
      await t.close();
    }
  }, 120_000);

  it('lists the tree of a base commit once for the pull requests on it, and a new head every time', async () => {
    const t = await startTestApp();
    try {
      const listed = (): string[] =>
        t.github.requests
          .filter((r) => r.operationId === 'git/get-tree' && r.path.includes('recursive='))
          .map((r) => r.path.split('/git/trees/')[1]?.split('?')[0] ?? '');
      const main = git(t.repo.dir, 'rev-parse', 'main').trim();
      const heads: string[] = [];
      for (const [branch, file] of [
        ['first', PRODUCT],
        ['second', OTHER],
      ] as const) {
        const sha = t.commit(
          branch,
          edits.file(file, (s) => s.replace('description:', `description: ${branch}.`)),
        );
        heads.push(sha);
        await t.deliver('pull_request', t.pullPayload('opened', t.openPull(branch)));
      }
      // The first pull request lists its base and its head; the second only its head.
      expect(listed().filter((sha) => sha === main)).toHaveLength(1);
      expect(listed().filter((sha) => heads.includes(sha))).toHaveLength(2);
      expect(t.log.lines.filter((l) => l.msg === 'pull request checked')).toHaveLength(2);
      // The base's mesh table is kept in the data folder: one for the two pull requests on that base.
      expect(readdirSync(join(t.dataDir, 'cache/tables')).filter((f) => f.endsWith('.v8'))).toHaveLength(1);
    } finally {
      await t.close();
    }
  }, 120_000);
});
