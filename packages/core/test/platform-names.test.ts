import { describe, expect, it } from 'vitest';
import { checkCatalog, explainUnsafeIdentifier, nameLatestView, nameRole, nameSchema, nameTable } from '@meshplane/core';
import { loadRepository } from '@meshplane/source';
import { buildMeshFiles, buildProduct, makeTempRepo } from '@meshplane/testkit';

const check = (files: Record<string, string>) => {
  const repo = makeTempRepo(files);
  const { report } = checkCatalog(loadRepository(repo.dir), { root: repo.dir, toolVersion: 'test' });
  repo.remove();
  return report.findings;
};

describe('names that reach SQL', () => {
  it('derives schema, table, view and role names one-to-one from slugs', () => {
    expect([
      nameSchema('listener-session'),
      nameTable('listener.listener-sessions', 'daily-sessions'),
      nameLatestView('t'),
      nameRole('growth-analytics'),
    ]).toEqual(['listener_session', 'listener_sessions__daily_sessions', 't__latest', 'team_growth_analytics']);
    expect(nameTable('a.b-c', 'd')).not.toBe(nameTable('a.b', 'c-d'));
  });

  it.each<[string, RegExp | undefined]>([
    ['podcast', undefined],
    ['x'.repeat(63), undefined],
    ['x'.repeat(64), /is 64 bytes long; PostgreSQL keeps only 63/],
    ['bad"name', /not a safe SQL name/],
    ['drop;table', /not a safe SQL name/],
    ['Upper', /not a safe SQL name/],
  ])('%s', (name, problem) => {
    const why = explainUnsafeIdentifier(name);
    if (problem) expect(why).toMatch(problem);
    else expect(why).toBeUndefined();
  });

  it('reports a table name over 63 bytes on the port that produces it, before anything is provisioned', () => {
    const long = buildProduct('podcast.podcast-listeners-by-country-and-region-and-device', (p) => {
      p.spec.outputPorts[0]!.name = 'daily-listeners-per-episode';
    });
    const findings = check(buildMeshFiles([long])).filter((f) => f.ruleId === 'platform.unsafe-name');
    expect(findings.map((f) => [f.file, f.line, f.message])).toEqual([
      [
        'catalog/podcast/podcast-listeners-by-country-and-region-and-device/product.yaml',
        expect.any(Number),
        "The port's table name `podcast_listeners_by_country_and_region_and_device__daily_listeners_per_episode` is 79 bytes long; PostgreSQL keeps only 63 and would truncate it.",
      ],
      [
        'catalog/podcast/podcast-listeners-by-country-and-region-and-device/product.yaml',
        expect.any(Number),
        expect.stringMatching(/^The port's view name .* is 87 bytes long/),
      ],
    ]);
    expect(findings[0]?.severity).toBe('error');
  });

  it('reports quotes, semicolons and 200 characters in a product name as schema errors on their line', () => {
    const hostile = buildProduct('podcast.podcast-listeners', (p) => {
      p.spec.outputPorts[0]!.name = `daily"; DROP TABLE x; --`;
      p.spec.outputPorts[0]!.schema[0]!.name = 'a'.repeat(200);
    });
    const findings = check(buildMeshFiles([hostile])).filter((f) => f.file?.endsWith('product.yaml') && f.severity === 'error');
    expect(findings.map((f) => f.pointer)).toEqual(expect.arrayContaining(['/spec/outputPorts/0/name', '/spec/outputPorts/0/schema/0/name']));
    expect(findings.every((f) => typeof f.line === 'number')).toBe(true);
  });
});
