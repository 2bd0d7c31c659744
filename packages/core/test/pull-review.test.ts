import { describe, expect, it } from 'vitest';
import {
  buildCheckRunOutput,
  checkCatalog,
  checkCodeowners,
  GITHUB_TEXT_LIMIT,
  planPullReview,
  renderCodeowners,
  renderPullComment,
  truncateMarkdown,
  type CheckReport,
  type Finding,
} from '@meshplane/core';
import { loadRepository } from '@meshplane/source';
import { REPO_ROOT } from '@meshplane/testkit';

const example = checkCatalog(loadRepository(REPO_ROOT), { root: '.', toolVersion: 'test' });
const config = { apiVersion: 'meshplane/v1' as const, kind: 'Config' as const, review: { governanceTeam: '@daff/data-governance' } };
const finding = (i: number, severity: Finding['severity'] = 'error'): Finding => ({
  ruleId: 'schema.required',
  severity,
  message: `Problem ${i} <script>alert(1)</script> @someone`,
  hint: 'Fix it.',
  file: `catalog/d/p${i}/product.yaml`,
  line: i + 1,
});
const report = (findings: Finding[]): CheckReport => ({
  tool: { name: 'meshplane', version: 'test' },
  root: '.',
  stats: { files: 1, products: 1, domains: 1, teams: 1, waivers: 0, edges: 0 },
  findings,
});

describe('the check run output', () => {
  it('annotates every finding with a file on its line, with the core verdict as conclusion', () => {
    const out = buildCheckRunOutput(report([finding(1), finding(2, 'warning'), { ruleId: 'graph.cycle', severity: 'notice', message: 'mesh-wide' }]), {
      headSha: 'a'.repeat(40),
      baseSha: 'b'.repeat(40),
    });
    expect(out.conclusion).toBe('failure');
    expect(out.title).toBe('Failed: 1 error, 1 warning, 1 notice');
    expect(out.annotations.map((a) => [a.path, a.start_line, a.annotation_level])).toEqual([
      ['catalog/d/p1/product.yaml', 2, 'failure'],
      ['catalog/d/p2/product.yaml', 3, 'warning'],
    ]);
    expect(out.text).toContain('b'.repeat(40));
  });

  it('keeps the summary under GitHub limit with a note, however many findings there are', () => {
    const out = buildCheckRunOutput(report(Array.from({ length: 3000 }, (_, i) => finding(i))), { headSha: 'a'.repeat(40) });
    expect(out.summary.length).toBeLessThanOrEqual(GITHUB_TEXT_LIMIT);
    expect(out.summary).toContain('every finding is still annotated on its line');
    expect(out.annotations).toHaveLength(3000);
  });

  it('closes a <details> block the cut left open', () => {
    const text = `<details><summary>x</summary>\n\n${'line\n'.repeat(100)}</details>\n`;
    const cut = truncateMarkdown(text, 'cut', 200);
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut).toContain('</details>');
  });
});

describe('review routing', () => {
  const changes = {
    products: [
      {
        id: 'podcast.podcast-listeners',
        status: 'modified' as const,
        items: [{ kind: 'column-removed', impact: 'breaking' as const, text: 'x', pointer: '' }],
        requiredBump: 'major' as const,
      },
    ],
    affected: [{ productId: 'podcast.podcast-listeners', port: 'daily-listeners', consumers: [{ team: 'podcast-analytics', depth: 0 }] }],
    affectedTeams: ['podcast-analytics'],
  };

  it('asks the owner, the affected consumers on a breaking change, and governance for policy files', () => {
    const review = planPullReview({
      report: { ...report([]), changes },
      head: example.index,
      changedFiles: ['catalog/podcast/podcast-listeners/product.yaml', 'policies/global/access.rego'],
      config,
      author: 'maria',
    });
    expect(review.labels).toEqual(['breaking-change', 'domain:podcast', 'needs-governance-review', 'policy-change']);
    expect(review.reviewers.map((r) => r.handle)).toEqual(['@daff/data-governance', '@daff/podcast-analytics', '@daff/podcast-data']);
  });

  it('does not ask consumers when the config does not require their acknowledgement, and never asks the author', () => {
    const review = planPullReview({
      report: { ...report([]), changes },
      head: example.index,
      changedFiles: [],
      config: { ...config, review: { requireConsumerAck: false } },
      author: 'daff/podcast-data',
    });
    expect(review.reviewers.map((r) => r.handle)).toEqual([]);
  });

  it('says plainly in the comment what is needed to merge, and mentions nobody a manifest names', () => {
    const review = planPullReview({ report: { ...report([finding(1)]), changes }, head: example.index, changedFiles: [], config });
    const body = renderPullComment({
      report: { ...report([finding(1)]), changes },
      review,
      headSha: 'c'.repeat(40),
      mentions: new Map([['podcast-analytics', '@daff/podcast-analytics']]),
    });
    expect(body).toContain('- [ ] Fix 1 error');
    expect(body).toContain('`catalog/d/p1/product.yaml:2`');
    expect(body).toContain('- [ ] An approval from @daff/podcast-analytics');
    expect(body).not.toContain('<script>');
    expect(body).not.toMatch(/(^|[^\u200d])@someone/);
  });
});

describe('CODEOWNERS', () => {
  it('is generated from the catalog and matches the committed file', () => {
    const text = renderCodeowners(example.index, config);
    expect(text).toContain('/catalog/podcast/ @daff/podcast-data');
    expect(text).toContain('/policies/global/ @daff/data-governance');
    expect(checkCodeowners(text, text)).toEqual([]);
  });

  it('is reported on the first differing line when it falls behind', () => {
    const text = renderCodeowners(example.index, config);
    const stale = text.replace('/catalog/podcast/ @daff/podcast-data', '/catalog/podcast/ @daff/someone-else');
    const [f] = checkCodeowners(stale, text);
    expect(f).toMatchObject({ ruleId: 'codeowners.stale', severity: 'warning', file: '.github/CODEOWNERS' });
    expect(stale.split('\n')[(f?.line ?? 0) - 1]).toContain('someone-else');
  });
});
