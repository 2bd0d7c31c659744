import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSloStatus, copyExampleMesh, runMesh } from '@meshplane/testkit';

const LISTENERS = 'catalog/podcast/podcast-listeners/product.yaml';

describe('mesh scorecard', () => {
  const repo = copyExampleMesh({ policies: true });
  afterAll(() => repo.remove());
  const score = (...args: string[]) => runMesh(['scorecard', ...args, '--today', '2026-11-22'], { cwd: repo.dir, timeoutMs: 120_000 });

  it('prints the leaderboard by domain, every product once, and where the operational evidence came from', () => {
    const r = score();
    expect(r.stdout).toMatch(/^Scorecards by domain \(average score\):\n {2}\S+ +\d+\.\d {2}\d+ (gold|silver|bronze)/);
    expect(r.stdout.match(/^ +[\d.]+ {2}\S+ +[a-z-]+\.[a-z-]+$/gm)).toHaveLength(36);
    expect(r.stdout).toMatch(
      /SLO checks read no \.meshplane\/slo-status\.json; run mesh slo evaluate; the governance check read the policies sha256:[0-9a-f]{12} and the mesh checks\.\n$/,
    );
    expect(r.status).toBe(0);
  });

  it('explains one product: each attribute, each check that does not hold, and those it could not judge', () => {
    const r = score('podcast.podcast-listeners');
    expect(r.stdout).toMatch(/^podcast\.podcast-listeners {2}score [\d.]+ \((gold|silver|bronze)\) {2}owner podcast-data, domain podcast\n/);
    expect(r.stdout).toContain('✗ natively-accessible/access-modes: 1 access mode over 1 port');
    expect(r.stdout).toContain('? trustworthy/slos-met: no SLO statuses (run mesh slo evaluate) (not counted)');
    expect(r.stdout).not.toContain('secure/governance');
    const json = JSON.parse(score('podcast.podcast-listeners', '--format', 'json').stdout) as { attributes: Record<string, unknown> };
    expect(json.attributes.discoverable).toEqual({ passed: 4, total: 4 });
    expect(json.attributes.trustworthy).toEqual({ passed: 3, total: 3 });
  });

  it('marks a product down for a breached SLO and a spent budget, from the statuses mesh slo evaluate wrote', () => {
    const before = JSON.parse(score('podcast.podcast-listeners', '--format', 'json').stdout) as { score: number };
    const breached = buildSloStatus({ port: 'daily-listeners', slo: 'fresh-daily', budgetRemaining: -2.42 });
    const ok = buildSloStatus({ port: 'daily-listeners', slo: 'complete', state: 'ok', budgetRemaining: 0.8 });
    repo.write(
      '.meshplane/slo-status.json',
      JSON.stringify({ evaluatedAt: breached.evaluatedAt, products: { [breached.productId]: { statuses: [breached, ok] } } }),
    );
    const r = score('podcast.podcast-listeners');
    expect(r.stdout).toContain('✗ trustworthy/slos-met: 1 of 2 SLOs met on 2026-11-22; fresh-daily on daily-listeners breached');
    expect(r.stdout).toContain(
      '✗ trustworthy/error-budget: 1 of 2 error budgets spent over the window; 342 % of the budget spent (fresh-daily on daily-listeners, 28d)',
    );
    expect(r.stdout).toContain('SLO checks read .meshplane/slo-status.json;');
    const after = JSON.parse(score('podcast.podcast-listeners', '--format', 'json').stdout) as { score: number; attributes: Record<string, unknown> };
    expect(after.attributes.trustworthy).toEqual({ passed: 3, total: 5 });
    expect(after.score).toBeLessThan(before.score);
    // A named file wins; one that does not exist is a usage fault.
    const file = join(repo.dir, 'statuses.json');
    writeFileSync(file, JSON.stringify([{ ...breached, state: 'ok', budgetRemaining: 0.1 }]));
    expect(score('podcast.podcast-listeners', '--slo-status', file).stdout).toMatch(/trustworthy 5\/5/);
    const missing = score('--slo-status', join(repo.dir, 'nope.json'));
    expect(missing.stderr).toContain('Cannot read the SLO statuses');
    expect(missing.status).toBe(2);
    repo.write('.meshplane/slo-status.json', '[]');
  });

  it('fails the governance check of a product the policies deny, naming the rule', () => {
    const path = join(repo.dir, LISTENERS);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace(/^ {4}classification: confidential$/m, '    classification: public'));
    try {
      const r = score('podcast.podcast-listeners');
      expect(r.stdout).toMatch(/✗ secure\/governance: \d+ errors? \((global|podcast)\.[a-z.-]+[^)]*\) and \d+ warnings? from the policies and mesh checks/);
    } finally {
      writeFileSync(path, text);
    }
  });

  it('follows the governance group’s weights and levels in the config', () => {
    const config = join(repo.dir, '.github/meshplane.yml');
    const text = readFileSync(config, 'utf8');
    const level = () => (JSON.parse(score('podcast.podcast-listeners', '--format', 'json').stdout) as { level?: string; score: number }).level;
    try {
      writeFileSync(config, text.replace(/^scorecard:[\s\S]*$/m, 'scorecard:\n  levels:\n    - { name: listed, min: 0 }\n    - { name: star, min: 99.9 }\n'));
      expect(level()).toBe('listed');
      writeFileSync(config, text.replace(/^scorecard:[\s\S]*$/m, 'scorecard:\n  weights: { natively-accessible: 100 }\n'));
      expect((JSON.parse(score('podcast.podcast-listeners', '--format', 'json').stdout) as { score: number }).score).toBeLessThan(60);
    } finally {
      writeFileSync(config, text);
    }
  });

  it('names a product that does not exist, with a suggestion, and exits 2', () => {
    const r = score('podcast.podcast-listener');
    expect(r.stderr).toMatch(/No product `podcast\.podcast-listener` in the catalog\. Did you mean `podcast\.podcast-listeners`/);
    expect(r.status).toBe(2);
  });
});
