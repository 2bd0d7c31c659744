import { describe, expect, it } from 'vitest';
import { edits } from './edit-files.js';
import { OWNER, REPO, useTestApp } from './start-test-app.js';

const t = useTestApp();

describe('the pull request comment shows the scorecard delta of the products it changes', () => {
  it('says which attribute a change lowers, and the new score', async () => {
    t.commit(
      'untag',
      edits.file('catalog/podcast/podcast-listeners/product.yaml', (s) =>
        s.replace(/^ {2}tags: \[.*\]\n/m, '').replace(/^( {2}version: \d+\.\d+\.)(\d+)/m, (_m, head: string, patch: string) => `${head}${Number(patch) + 1}`),
      ),
    );
    const pull = t.openPull('untag');
    await t.deliver('pull_request', t.pullPayload('opened', pull));
    const comment = t.github.repo(OWNER, REPO).comments.find((c) => c.issue_number === pull.number)?.body ?? '';
    expect(comment).toContain('#### Scorecards');
    expect(comment).toMatch(/- `podcast\.podcast-listeners`: score 94\.4 → [\d.]+ \(gold\); discoverable: 4\/4 → 3\/4/);
  }, 60_000);
});
