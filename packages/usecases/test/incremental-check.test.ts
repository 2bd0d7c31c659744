import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '@meshplane/core';
import { resolveRepository, runGovernanceCheck } from '@meshplane/usecases';
import { copyExampleMesh, git, type TempRepo } from '@meshplane/testkit';

let repo: TempRepo;
beforeAll(() => {
  repo = copyExampleMesh({ policies: true });
  git(repo.dir, 'init', '-q', '-b', 'main');
  git(repo.dir, 'add', '-A');
  git(repo.dir, 'commit', '-q', '-m', 'base');
});
afterAll(() => repo?.remove());

type Edit = (dir: string, product: string) => string;
const manifest = (dir: string, product: string): string => join(dir, product, 'product.yaml');
/** Rewrites a file; one an earlier edit deleted stays deleted. */
const rewrite = (file: string, f: (s: string) => string): void => {
  if (existsSync(file)) writeFileSync(file, f(readFileSync(file, 'utf8')));
};

const SIX_INPUTS = [
  ['artist.artist-profiles', 'profiles'],
  ['artist.social-media-mentions', 'mentions'],
  ['marketing.marketing-campaigns', 'campaign-days'],
  ['marketing.regional-market-size', 'monthly-market'],
  ['listener-session.listener-sessions', 'journeys'],
  ['emerging-artist.emerging-artists', 'weekly-classification'],
]
  .map(([product, port], i) => `    - name: extra-${i}\n      source: { product: ${product}, port: ${port} }\n      mode: pull\n`)
  .join('');

const PROFILES_AGREEMENT = 'catalog/listener/listener-profiles/agreements/podcast-podcast-listeners.yaml';
const BACK_TO_LISTENERS = '    - name: back\n      source: { product: podcast.podcast-listeners, port: daily-listeners }\n      mode: pull\n';

/** Edits a pull request might make, each returning what it did (for the failure message). */
const EDITS: Edit[] = [
  (dir, p) => (rewrite(manifest(dir, p), (s) => s.replace(/(description: [>|]-?\n\s+)/, '$1Revised. ')), `described ${p}`),
  (dir, p) => (rewrite(manifest(dir, p), (s) => s.replace(/\n\s+- \{ name: [a-z_]+, [^\n]*/, '')), `dropped a column of ${p}`),
  (dir, p) => (rewrite(manifest(dir, p), (s) => s.replace(/version: (\d+)\./, (_m, major: string) => `version: ${Number(major) + 1}.`)), `bumped ${p}`),
  (dir, p) => (rmSync(join(dir, p), { recursive: true, force: true }), `deleted ${p}`),
  // A product other products read: its readers' unchanged files get findings, on lines only the parser knows.
  (dir) => (rmSync(join(dir, 'catalog/podcast/podcast-listeners'), { recursive: true, force: true }), 'deleted podcast-listeners'),
  (dir, p) => (rewrite(manifest(dir, p), (s) => s.replace('spec:', 'spec:\n  broken: [unclosed')), `broke the YAML of ${p}`),
  (dir, p) => (cpSync(join(dir, p), `${join(dir, p)}-copy`, { recursive: true }), `copied ${p} (same id, new folder)`),
  (dir) => (
    rewrite(join(dir, 'catalog/teams/podcast-analytics.yaml'), (s) => s.replace('@daff/podcast-analytics', '@daff/podcast-insights')),
    'renamed a team handle'
  ),
  (dir, p) => (rewrite(manifest(dir, p), (s) => s.replace(/owner: [a-z-]+/, 'owner: nobody-team')), `gave ${p} an unknown owner`),
  // What the policies read of other products (`data.mesh`): every reader's remembered results must go.
  (dir) => (
    rewrite(manifest(dir, 'catalog/podcast/podcast-listeners'), (s) => s.replace('lifecycle: active', 'lifecycle: retired')),
    'retired podcast-listeners'
  ),
  (dir) => (
    rewrite(join(dir, 'catalog/podcast/domain.yaml'), (s) => s.replace(/governanceRep: .*/, 'governanceRep: " "')),
    'left the podcast domain without a governance representative'
  ),
  // What the mesh-wide rules read (each product's inputs and readers): listener-profiles, read by five, now reads
  // six products and becomes a master data product (a warning of the mesh entry point).
  (dir) => (
    rewrite(manifest(dir, 'catalog/listener/listener-profiles'), (s) => s.replace('  inputPorts:\n', `  inputPorts:\n${SIX_INPUTS}`)),
    'made listener-profiles read six products'
  ),
  // What the mesh table tells the neighbours of a changed file (packages/core/src/graph/tabulate-mesh.ts): each key.
  (dir) => (rmSync(join(dir, 'catalog/teams/growth-analytics.yaml'), { force: true }), 'deleted the growth-analytics team'),
  (dir, p) => (rmSync(join(dir, p, 'README.md'), { force: true }), `deleted the README of ${p}`),
  (dir) => (rmSync(join(dir, PROFILES_AGREEMENT), { force: true }), 'deleted the agreement podcast-listeners reads listener-profiles by'),
  (dir) => (rewrite(join(dir, PROFILES_AGREEMENT), (s) => s.replace(/end: [0-9-]+/, 'end: 2026-11-10')), 'ended that agreement in the past'),
  (dir) => (
    rewrite(manifest(dir, 'catalog/podcast/podcast-listeners'), (s) => s.replace('- name: daily-listeners', '- name: listeners-daily')),
    'renamed the output port of podcast-listeners its readers and agreements name'
  ),
  (dir) => (
    rewrite(manifest(dir, 'catalog/listener/listener-profiles'), (s) => s.replace('  inputPorts:\n', `  inputPorts:\n${BACK_TO_LISTENERS}`)),
    'made listener-profiles read podcast-listeners, which reads it (a cycle)'
  ),
];

function listProducts(dir: string): string[] {
  const out: string[] = [];
  for (const d of readdirSync(join(dir, 'catalog')).sort())
    for (const p of existsSync(join(dir, 'catalog', d)) ? readdirSync(join(dir, 'catalog', d)).sort() : [])
      if (existsSync(join(dir, 'catalog', d, p, 'product.yaml'))) out.push(`catalog/${d}/${p}`);
  return out;
}

const CACHES = ['.meshplane/cache/index', '.meshplane/cache/policy-results', '.meshplane/cache/reports'];
const check = (useIndex = true, today = '2026-11-22') => runGovernanceCheck(resolveRepository(repo.dir), { base: 'main', today, useIndex });
/** The reference: a check with no parse index, no remembered results or reports, which leaves the caches as they were. */
async function checkWithoutCaches(today?: string): Promise<Awaited<ReturnType<typeof check>>> {
  for (const c of CACHES) if (existsSync(join(repo.dir, c))) renameSync(join(repo.dir, c), join(repo.dir, `${c}.aside`));
  try {
    return await check(false, today);
  } finally {
    for (const c of CACHES) {
      rmSync(join(repo.dir, c), { recursive: true, force: true });
      if (existsSync(join(repo.dir, `${c}.aside`))) renameSync(join(repo.dir, `${c}.aside`), join(repo.dir, c));
    }
  }
}

/** Rewrites every value kept in a cache folder (`*.v8`) through `tamper`. */
function tamperEach(dir: string, tamper: (stored: unknown) => void): void {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.v8'))) {
    const stored: unknown = deserialize(readFileSync(join(dir, f)));
    tamper(stored);
    writeFileSync(join(dir, f), serialize(stored));
  }
}

describe('the incremental check (parse index, remembered policy results and reports)', () => {
  it('gives exactly the report of a full check on random edits, the caches kept from edit to edit', async () => {
    const random = createRandom(20261122);
    await check(); // builds the index of the base and of the work tree, and remembers the base's policy results
    // Every kind of edit at least once, each with up to two random others.
    for (const first of EDITS) {
      const products = listProducts(repo.dir);
      const done = [first(repo.dir, random.pick(products))];
      for (let n = random.int(0, 2); n > 0; n -= 1) done.push(random.pick(EDITS)(repo.dir, random.pick(products)));
      const incremental = await check();
      const again = await check(); // the report remembered
      const full = await checkWithoutCaches();
      expect(JSON.stringify(incremental), done.join('; ')).toBe(JSON.stringify(full));
      expect(JSON.stringify(again), `${done.join('; ')}, checked again`).toBe(JSON.stringify(full));
      git(repo.dir, 'checkout', '-q', '--', '.');
      git(repo.dir, 'clean', '-qfd', 'catalog');
    }
  });

  it('remembers reports and findings only for the same inputs: files, policies, CODEOWNERS, the base and the day', async () => {
    const expectFull = async (what: string, today?: string): Promise<void> => {
      const full = await checkWithoutCaches(today);
      expect(JSON.stringify(await check(true, today)), what).toBe(JSON.stringify(full));
      expect(JSON.stringify(await check(true, today)), `${what}, checked again`).toBe(JSON.stringify(full));
    };
    await expectFull('the base itself');
    // A file off its schema stays so through the edits below: each check recalls its verdict (its findings) by its bytes.
    rewrite(manifest(repo.dir, 'catalog/podcast/podcast-catalog'), (s) => s.replace('spec:', 'spec:\n  colour: blue'));
    await expectFull('a product off its schema');
    // Outside the catalog folders: head policies that differ from the base's are previewed (policyImpact).
    rewrite(join(repo.dir, 'policies/global/docs.rego'), (s) => `${s}\n# Reworded by the governance group.\n`);
    await expectFull('a policy edited');
    git(repo.dir, 'checkout', '-q', '--', 'policies');
    mkdirSync(join(repo.dir, '.github'), { recursive: true });
    writeFileSync(join(repo.dir, '.github/CODEOWNERS'), '* @nobody\n');
    await expectFull('a stale CODEOWNERS');
    rmSync(join(repo.dir, '.github/CODEOWNERS'));
    await expectFull('another day', '2031-06-30');
    // The base ref moves while the work tree stays: the same files, judged against another commit, whose own findings
    // (the unknown owner: existing there, introduced against the first base) are not those of the first.
    git(repo.dir, 'checkout', '-q', '--', 'catalog');
    const base = git(repo.dir, 'rev-parse', 'HEAD').trim();
    rewrite(manifest(repo.dir, 'catalog/podcast/podcast-listeners'), (s) => s.replace(/owner: [a-z-]+/, 'owner: nobody-team'));
    git(repo.dir, 'commit', '-qam', 'gave podcast-listeners an unknown owner');
    await expectFull('the base moved to the work tree');
    git(repo.dir, 'update-ref', 'refs/heads/main', base);
    await expectFull('the base moved back');
    git(repo.dir, 'reset', '-q', '--hard', base);
    // A base where listener-profiles' owner team is missing (so podcast-listeners, reading it, is not judged for an
    // agreement) and the agreement is gone: a pull request restoring the team makes podcast-listeners need one.
    rmSync(join(repo.dir, 'catalog/teams/listener-data.yaml'));
    rmSync(join(repo.dir, PROFILES_AGREEMENT));
    git(repo.dir, 'commit', '-qam', 'deleted listener-data and an agreement');
    git(repo.dir, 'checkout', '-q', base, '--', 'catalog/teams/listener-data.yaml');
    await expectFull('the owner team of a product another reads without an agreement restored');
    git(repo.dir, 'reset', '-q', '--hard', base);
  });

  // The comparisons above can fail: each remembered answer, made to lie, changes the report. A lie is written straight
  // into the cache, under the key the check will look it up by, and the check's remembered report is dropped.
  it('catches a lie in each remembered answer: the verdict of a file, the mesh table of the base, a policy result', async () => {
    const lie = async (what: string, cache: string, edit: () => void, tamper: (stored: unknown) => void): Promise<void> => {
      rmSync(join(repo.dir, '.meshplane/cache'), { recursive: true, force: true });
      edit();
      await check(); // works out and keeps every answer
      expect(readdirSync(join(repo.dir, '.meshplane/cache', cache)).length, what).toBeGreaterThan(0);
      tamperEach(join(repo.dir, '.meshplane/cache', cache), tamper);
      rmSync(join(repo.dir, '.meshplane/cache/reports'), { recursive: true, force: true });
      expect(JSON.stringify(await check()), what).not.toBe(JSON.stringify(await checkWithoutCaches()));
      git(repo.dir, 'checkout', '-q', '--', '.');
      rmSync(join(repo.dir, '.meshplane/cache'), { recursive: true, force: true });
    };
    // Each file's verdict, kept with its parse: a file off its schema said to have no findings.
    await lie(
      'a verdict that clears its findings',
      'index',
      () => rewrite(manifest(repo.dir, 'catalog/podcast/podcast-catalog'), (s) => s.replace('spec:', 'spec:\n  colour: blue')),
      (stored) => {
        for (const entry of (stored as { entries: Map<string, { memo?: { data: { findings: unknown[] } } }> }).entries.values())
          if (entry.memo) entry.memo.data.findings = [];
      },
    );
    // The base's mesh table: nobody reads anything, so the readers of a deleted product are not checked again.
    await lie(
      'a mesh table without readers',
      'tables',
      () => rmSync(join(repo.dir, 'catalog/podcast/podcast-listeners'), { recursive: true, force: true }),
      (stored) => {
        const table = (stored as { value: { readerStarts: Uint32Array; readers: Uint32Array } }).value;
        table.readerStarts = new Uint32Array(table.readerStarts.length);
        table.readers = new Uint32Array(0);
      },
    );
    // Each product's policy results, by what its rules read: every result emptied.
    await lie(
      'policy results emptied',
      'policy-results',
      () => undefined,
      (stored) => {
        for (const k of (stored as Map<string, unknown[]>).keys()) (stored as Map<string, unknown[]>).set(k, []);
      },
    );
  });

  it('answers an identical check from its remembered report, and checks again when that report is unreadable', async () => {
    const dir = join(repo.dir, '.meshplane/cache/reports');
    rmSync(dir, { recursive: true, force: true });
    const first = await check();
    const [file] = readdirSync(dir).filter((f) => f.endsWith('.v8'));
    if (!file) throw new Error('no report was remembered');
    const stored = deserialize(readFileSync(join(dir, file))) as { value: typeof first };
    writeFileSync(join(dir, file), serialize({ ...stored, value: { ...stored.value, root: 'remembered' } }));
    expect((await check()).root).toBe('remembered');
    writeFileSync(join(dir, file), 'not a report');
    expect(JSON.stringify(await check())).toBe(JSON.stringify(first));
  });

  it('keeps the index out of the way of the truth: a corrupt index is rebuilt, not believed', async () => {
    await check();
    const dir = join(repo.dir, '.meshplane/cache/index');
    for (const f of readdirSync(dir)) writeFileSync(join(dir, f), 'not an index');
    rewrite(join(repo.dir, 'catalog/podcast/podcast-listeners/product.yaml'), (s) => s.replace('spec:', 'spec:\n  colour: blue'));
    const report = await check();
    expect(report.findings.map((f) => f.ruleId)).toContain('schema.unknown-key');
    git(repo.dir, 'checkout', '-q', '--', '.');
  });
});
