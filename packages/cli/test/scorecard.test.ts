import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runMesh } from '@meshplane/testkit';

describe('mesh scorecard', () => {
  it('prints the leaderboard by domain, and every product once', () => {
    const r = runMesh(['scorecard'], { cwd: REPO_ROOT });
    expect(r.stdout).toMatch(/^Scorecards by domain \(average score\):\n {2}\S+ +\d+\.\d {2}\d+ (gold|silver|bronze)/);
    expect(r.stdout.match(/^ +[\d.]+ {2}\S+ +[a-z-]+\.[a-z-]+$/gm)).toHaveLength(36);
    expect(r.status).toBe(0);
  });

  it('explains one product: each attribute, and each check that does not hold with its evidence', () => {
    const r = runMesh(['scorecard', 'podcast.podcast-listeners'], { cwd: REPO_ROOT });
    expect(r.stdout).toContain('podcast.podcast-listeners  score 94.4 (gold)  owner podcast-data, domain podcast');
    expect(r.stdout).toContain('✗ natively-accessible/access-modes: 1 access mode over 1 port');
    const json = JSON.parse(runMesh(['scorecard', 'podcast.podcast-listeners', '--format', 'json'], { cwd: REPO_ROOT }).stdout) as {
      attributes: Record<string, unknown>;
    };
    expect(json.attributes.discoverable).toEqual({ passed: 4, total: 4 });
  });

  it('names a product that does not exist, with a suggestion, and exits 2', () => {
    const r = runMesh(['scorecard', 'podcast.podcast-listener'], { cwd: REPO_ROOT });
    expect(r.stderr).toMatch(/No product `podcast\.podcast-listener` in the catalog\. Did you mean `podcast\.podcast-listeners`/);
    expect(r.status).toBe(2);
  });
});
