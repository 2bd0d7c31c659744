import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { commitAll, copyExampleMesh, git, runMesh, type TempRepo } from '@meshplane/testkit';

const repos: TempRepo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.remove()));
const TODAY = ['--today', '2026-11-22'];

function exampleRepo(): TempRepo {
  const repo = copyExampleMesh({ policies: true });
  repos.push(repo);
  return repo;
}

const ruleFile = (topic: string, name: string, condition: string): string => `# METADATA
# title: ${topic}
# description: Scenario policies.
package meshplane.global.${topic}

# METADATA
# title: ${name}
# description: A governance rule added in a pull request.
# custom:
#   id: global.${topic}.${name}
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": sprintf("%s: ${name}", [input.product.metadata.id]), "pointer": "/spec/inputPorts"} if {
	${condition}
}
`;

describe('policy pull requests', () => {
  it('mesh policy impact names exactly the products a tightened rule would fail', () => {
    const repo = exampleRepo();
    // Make the example mesh have exactly three aggregates with fewer than three inputs, then commit it as main.
    const file = join(repo.dir, 'catalog/marketing/regional-market-size/product.yaml');
    const text = readFileSync(file, 'utf8');
    const doc = parse(text) as { spec: { inputPorts: unknown[] } };
    doc.spec.inputPorts = doc.spec.inputPorts.slice(0, 2);
    writeFileSync(file, stringify(doc));
    commitAll(repo.dir);
    // The pull request: aggregates must compose at least three inputs.
    repo.write(
      'policies/global/composition.rego',
      ruleFile('composition', 'three-inputs', 'input.product.metadata.archetype == "aggregate"\n\tcount(input.product.spec.inputPorts) < 3'),
    );
    const r = runMesh(['policy', 'impact', '--base', 'main', '--format', 'json', ...TODAY], { cwd: repo.dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const impact = JSON.parse(r.stdout) as {
      newlyFailing: { ruleId: string; productId: string; domain: string }[];
      newlyPassing: unknown[];
      rulesAdded: { id: string }[];
    };
    expect(impact.newlyFailing).toEqual([
      {
        ruleId: 'global.composition.three-inputs',
        productId: 'marketing.regional-market-size',
        domain: 'marketing',
        message: 'marketing.regional-market-size: three-inputs',
      },
      { ruleId: 'global.composition.three-inputs', productId: 'player.play-sessions', domain: 'player', message: 'player.play-sessions: three-inputs' },
      {
        ruleId: 'global.composition.three-inputs',
        productId: 'podcast.daily-podcasts-summary',
        domain: 'podcast',
        message: 'podcast.daily-podcasts-summary: three-inputs',
      },
    ]);
    expect(impact.newlyPassing).toEqual([]);
    expect(impact.rulesAdded.map((x) => x.id)).toEqual(['global.composition.three-inputs']);

    // The same pull request checked with --base: judged by main's policies, and the comment carries the impact.
    const check = runMesh(['check', '--base', 'main', '--format', 'markdown', ...TODAY], { cwd: repo.dir });
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('#### Policy impact on the whole mesh');
    expect(check.stdout).toContain('| `global.composition.three-inputs` | player | `player.play-sessions` |');
  });

  it('a pull request that deletes a deny rule and adds a violating product still fails mesh check --base', () => {
    const repo = exampleRepo();
    repo.write('policies/global/naming.rego', ruleFile('naming', 'no-temporary-products', 'contains(lower(input.product.metadata.name), "tmp")'));
    commitAll(repo.dir);
    rmSync(join(repo.dir, 'policies/global/naming.rego'));
    const created = runMesh(['new', 'product', 'podcast/tmp-export', '--name', 'Tmp export', '--description', 'A quick export for one analysis.'], {
      cwd: repo.dir,
    });
    expect(created.status, created.stderr).toBe(0);
    git(repo.dir, 'add', '-A');

    const judged = runMesh(['check', '--base', 'main', '--format', 'json', ...TODAY], { cwd: repo.dir });
    expect(judged.status).toBe(1);
    const out = JSON.parse(judged.stdout) as { findings: { ruleId: string; file: string; severity: string }[]; policy: { source: string } };
    expect(out.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'global.naming.no-temporary-products', severity: 'error', file: 'catalog/podcast/tmp-export/product.yaml' }),
    );
    expect(out.policy.source).toMatch(/^base main \([0-9a-f]{12}\)$/);

    // Judged by its own (weakened) policies, the same change would have passed.
    const selfJudged = runMesh(['check', '--format', 'json', ...TODAY], { cwd: repo.dir });
    expect((JSON.parse(selfJudged.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId)).not.toContain(
      'global.naming.no-temporary-products',
    );
  });

  it('exits 2 with a clear message for a base ref that does not exist', () => {
    const repo = exampleRepo();
    commitAll(repo.dir);
    const r = runMesh(['check', '--base', 'no-such-branch'], { cwd: repo.dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('The git ref `no-such-branch` does not exist');
  });
});
