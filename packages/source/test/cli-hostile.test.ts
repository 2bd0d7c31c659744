import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeshRun, TempRepo } from '@meshplane/testkit';
import { BAD_DIR, describeFindings, listBadFixtures, readFixtureCase } from './helpers/fixture-expectations.js';
import { billionLaughs, nestBlockSequences, nestFlowSequences, padProductTo, productWithId } from './helpers/hostile-inputs.js';
import { checkAsJson, errorsOf, expectFindingsExit, makeMeshWith, runMeshExpectingFindings, timeMesh, type JsonReport } from './helpers/run-cli.js';

// The real `mesh` binary, as a separate process, on the nastiest inputs (run `npx tsc -b` first).

describe('mesh check on a mesh holding the nastiest generated files', () => {
  const NASTY: Record<string, { make: () => string; ruleId: string }> = {
    'ten-megabytes': { make: () => padProductTo(10 * 1000 * 1000), ruleId: 'yaml.too-large' },
    'flow-nesting': { make: () => nestFlowSequences(10_000), ruleId: 'yaml.too-deep' },
    'block-nesting': { make: () => nestBlockSequences(10_000), ruleId: 'yaml.too-deep' },
    'million-brackets': { make: () => '['.repeat(1_000_000), ruleId: 'yaml.too-deep' },
    'billion-laughs': { make: () => billionLaughs(9), ruleId: 'yaml.alias' },
  };
  let repo: TempRepo;
  let checked: { run: MeshRun; ms: number };
  let report: JsonReport;
  beforeAll(() => {
    repo = makeMeshWith(Object.fromEntries(Object.entries(NASTY).map(([name, { make }]) => [`catalog/podcast/${name}/product.yaml`, make()])));
    checked = timeMesh(['check', repo.dir, '--format', 'json']);
    report = JSON.parse(checked.run.stdout) as JsonReport;
  });
  afterAll(() => repo.remove());

  it('exits 1 within 15 s, with nothing on stderr (no crash, no stack trace), and fails the check', () => {
    expect(checked.ms).toBeLessThan(15_000);
    expectFindingsExit(checked.run);
    expect(report.verdict).toBe('fail');
  });

  it.each(Object.entries(NASTY).map(([name, { ruleId }]) => ({ name, ruleId })))('$name: $ruleId in the JSON report, and nothing else', ({ name, ruleId }) => {
    const file = `catalog/podcast/${name}/product.yaml`;
    expect(
      new Set(
        errorsOf(report)
          .filter((f) => f.file === file)
          .map((f) => f.ruleId),
      ),
    ).toEqual(new Set([ruleId]));
  });
});

describe('mesh check on products with hostile ids', () => {
  const HOSTILE: Record<string, string> = {
    sql: "podcast.x'; DROP TABLE x; --",
    html: 'podcast.<script>alert(1)</script>',
    path: '../../etc/passwd',
    ansi: 'podcast.\u001b[2J\u001b[31mlisteners',
    workflow: 'podcast.x\n::warning::injected',
  };
  let repo: TempRepo;
  beforeAll(() => {
    repo = makeMeshWith(Object.fromEntries(Object.entries(HOSTILE).map(([name, id]) => [`catalog/podcast/${name}/product.yaml`, productWithId(id)])));
  });
  afterAll(() => repo.remove());

  it('reports each id as schema.invalid-format on its line, quoting it in the JSON report', () => {
    const errors = errorsOf(checkAsJson(repo.dir));
    const schema = errors.filter((f) => f.ruleId.startsWith('schema.'));
    expect(describeFindings(schema)).toEqual(['schema.invalid-format line 5']);
    expect(schema.map((f) => f.file).sort()).toEqual(
      Object.keys(HOSTILE)
        .map((n) => `catalog/podcast/${n}/product.yaml`)
        .sort(),
    );
    expect(errors.filter((f) => !f.ruleId.startsWith('schema.') && !f.ruleId.startsWith('graph.'))).toEqual([]);
    expect(schema.find((f) => f.file?.includes('/sql/'))?.message).toContain('DROP TABLE x; --');
  });

  it('prints no raw escape character in text output: control characters are replaced', () => {
    const { stdout } = runMeshExpectingFindings(['check', repo.dir]);
    expect(stdout).toContain('catalog/podcast/ansi/product.yaml:5:7');
    expect(stdout).not.toContain('\u001b');
    expect(stdout).toContain('\ufffd[2J');
  });

  it('prints no raw HTML in markdown output', () => {
    const { stdout } = runMeshExpectingFindings(['check', repo.dir, '--format', 'markdown']);
    expect(stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(stdout).not.toContain('<script>');
  });

  it('starts no workflow command of its own in GitHub output', () => {
    const { stdout } = runMeshExpectingFindings(['check', repo.dir, '--format', 'github']);
    const commands = stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(commands.filter((l) => !/^::(error|notice) /.test(l))).toEqual([]);
    expect(stdout).toContain('podcast.x%0A::warning::injected');
  });
});

describe('mesh validate on the whole bad corpus, in one process', () => {
  it('reports exactly what each fixture expects', () => {
    const names = listBadFixtures();
    const run = runMeshExpectingFindings(['validate', ...names, '--format', 'json'], { cwd: BAD_DIR });
    const findings = errorsOf(JSON.parse(run.stdout) as JsonReport);
    const actual = Object.fromEntries(names.map((n) => [n, describeFindings(findings.filter((f) => f.file === n))]));
    expect(actual).toEqual(Object.fromEntries(names.map((n) => [n, readFixtureCase(n).expected])));
  });
});
