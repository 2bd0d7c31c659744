import { describe, expect, it } from 'vitest';
import { edits, lineOf } from './edit-files.js';
import { OWNER, REPO, useTestApp, type TestApp } from './start-test-app.js';

const t = useTestApp();

const state = () => t.github.repo(OWNER, REPO);
const runFor = (sha: string) => {
  const runs = state().checkRuns.filter((r) => r.head_sha === sha);
  expect(runs).toHaveLength(1);
  return runs[0] as (typeof runs)[number];
};
const commentOn = (n: number): string => {
  const comments = state().comments.filter((c) => c.issue_number === n);
  expect(comments).toHaveLength(1);
  return comments[0]?.body ?? '';
};
const labelsOn = (n: number) =>
  state()
    .issues.find((i) => i.number === n)
    ?.labels.map((l) => l.name) ?? [];
const PRODUCT = 'catalog/podcast/podcast-listeners/product.yaml';
/** The podcast analytics team's agreement on the listeners' personal data. */
const AGREEMENT = 'catalog/podcast/podcast-listeners/agreements/podcast-analytics.yaml';
const withoutLegalBasis = (s: string): string => s.replace(/^ {2}legalBasis: .*\n/m, '');

async function openAndCheck(branch: string, edit: Parameters<TestApp['commit']>[1], options: { headRepo?: string } = {}) {
  const sha = t.commit(branch, edit);
  const pull = t.openPull(branch, options);
  expect(await t.deliver('pull_request', t.pullPayload('opened', pull))).toBe(200);
  return { sha, pull, run: runFor(sha) };
}

describe('pull request scenarios, each judged on the final GitHub state', () => {
  it('annotates a schema error on its exact line and says what is needed to merge', async () => {
    const line = lineOf(t.repo, PRODUCT, 'retention: P3Y');
    const { pull, run } = await openAndCheck(
      'schema-error',
      edits.file(PRODUCT, (s) => s.replace('retention: P3Y', 'retention: P3Y\n      colour: blue')),
    );
    expect(run.conclusion).toBe('failure');
    const annotation = run.annotations.find((a) => a.annotation_level === 'failure');
    expect(annotation).toMatchObject({ path: PRODUCT, start_line: line + 1, title: expect.stringMatching(/^schema\./) });
    const body = commentOn(pull.number);
    expect(body).toContain('not ready to merge');
    expect(body).toContain(`\`${PRODUCT}:${line + 1}\``);
  });

  it('fails a policy deny on an agreement, with the rule on the agreement’s line', async () => {
    const line = lineOf(t.repo, AGREEMENT, 'provider:');
    const { run } = await openAndCheck('policy-deny', edits.file(AGREEMENT, withoutLegalBasis));
    expect(run.conclusion).toBe('failure');
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ path: AGREEMENT, start_line: line, title: 'global.agreements.legal-basis', annotation_level: 'failure' }),
    );
  });

  it('labels a breaking change, mentions the affected consumers and asks their teams to review', async () => {
    const { pull } = await openAndCheck(
      'breaking',
      edits.file(PRODUCT, (s) => s.replace(/\n\s+- \{ name: platform, [^\n]*/, '')),
    );
    expect(labelsOn(pull.number)).toEqual(expect.arrayContaining(['breaking-change', 'domain:podcast']));
    const body = commentOn(pull.number);
    expect(body).toContain('@daff/podcast-analytics');
    expect(body).toMatch(/An approval from @daff\/podcast-analytics — consumes `podcast\.podcast-listeners\.daily-listeners`/);
    expect(state().reviewRequests.get(pull.number)?.teams).toEqual(expect.arrayContaining(['podcast-data', 'podcast-analytics']));
  });

  it('shows a policy change its impact on the mesh while the base policies still judge it, and asks governance to review', async () => {
    const rule = [
      'package meshplane.global.reviewed',
      '',
      '# METADATA',
      '# title: Products are tagged reviewed',
      '# description: A test rule every product fails.',
      '# custom:',
      '#   id: global.reviewed.tagged',
      '#   severity: deny',
      'deny contains {"id": rego.metadata.rule().custom.id, "msg": "Tag the product `reviewed`.", "pointer": "/metadata/tags"} if {',
      '\tnot "reviewed" in object.get(input.product, ["metadata", "tags"], [])',
      '}',
      '',
    ].join('\n');
    const { pull, run } = await openAndCheck('policy-change', (r) => r.write('policies/global/reviewed.rego', rule));
    expect(run.conclusion).toBe('success');
    expect(run.output.summary).toContain('from the base main');
    expect(labelsOn(pull.number)).toEqual(['needs-governance-review', 'policy-change']);
    expect(state().reviewRequests.get(pull.number)?.teams).toEqual(['data-governance']);
    const body = commentOn(pull.number);
    expect(body).toContain('Policy impact on the whole mesh');
    expect(body).toMatch(/\*\*Newly failing:\*\* 36 products/);
    expect(body).toContain('`global.reviewed.tagged`');
  });

  it('still fails a pull request that weakens a policy and adds a product breaking it', async () => {
    const { run } = await openAndCheck(
      'weaken-and-violate',
      edits.all(
        edits.file('policies/global/agreements.rego', (s) => s.replace('\tnot a.spec.legalBasis\n', '\tnot a.spec.legalBasis\n\tfalse\n')),
        edits.file(AGREEMENT, withoutLegalBasis),
      ),
    );
    expect(run.conclusion).toBe('failure');
    expect(run.annotations.map((a) => a.title)).toContain('global.agreements.legal-basis');
  });

  it('reads every page of a pull request with 300 changed files', async () => {
    const { pull } = await openAndCheck('many-files', (r) => {
      for (let i = 0; i < 299; i += 1) r.write(`docs/notes/note-${String(i).padStart(3, '0')}.md`, `note ${i}\n`);
      r.write('schemas/zz-extra.md', 'the last file alphabetically: a governance path\n');
    });
    const pages = t.github.requests.filter((r) => r.operationId === 'pulls/list-files' && r.path.includes(`/pulls/${pull.number}/`));
    expect(pages.length).toBe(3);
    expect(labelsOn(pull.number)).toContain('needs-governance-review');
  });

  it('shows a moved (renamed) product as removed and added, its old table orphaned and kept, never dropped', async () => {
    const moved = await openAndCheck(
      'move',
      edits.all(
        edits.copyProduct('podcast.podcast-demographics', 'podcast.podcast-audience-demographics'),
        edits.remove('catalog/podcast/podcast-demographics'),
      ),
    );
    const body = commentOn(moved.pull.number);
    expect(body).toMatch(/`podcast\.podcast-demographics` \| removed/);
    expect(body).toMatch(/`podcast\.podcast-audience-demographics` \| added/);
    expect(body).toMatch(/1 orphan/);
    expect(body).not.toMatch(/to drop/);
  });

  it("fails the deletion of a product others read, on the readers' input lines", async () => {
    const deleted = await openAndCheck('delete', edits.remove('catalog/podcast/podcast-listeners'));
    expect(deleted.run.conclusion).toBe('failure');
    expect(deleted.run.annotations).toContainEqual(
      expect.objectContaining({ path: 'catalog/podcast/daily-podcasts-summary/product.yaml', annotation_level: 'failure' }),
    );
    expect(commentOn(deleted.pull.number)).toMatch(/`podcast\.podcast-listeners` \| removed/);
  });

  it('checks a pull request from a fork like any other', async () => {
    const { pull, run } = await openAndCheck('fork-change', edits.copyProduct('podcast.top-daily-podcasts', 'podcast.top-monthly-podcasts'), {
      headRepo: 'forker/mesh',
    });
    expect(run.conclusion).toBe('success');
    expect(labelsOn(pull.number)).toEqual(['domain:podcast', 'new-product']);
  });
});
