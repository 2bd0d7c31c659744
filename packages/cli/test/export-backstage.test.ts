import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import {
  apiEntityV1alpha1Validator,
  DefaultNamespaceEntityPolicy,
  domainEntityV1alpha1Validator,
  EntityPolicies,
  FieldFormatEntityPolicy,
  groupEntityV1alpha1Validator,
  NoForeignRootFieldsEntityPolicy,
  resourceEntityV1alpha1Validator,
  SchemaValidEntityPolicy,
  stringifyEntityRef,
  systemEntityV1alpha1Validator,
  type Entity,
} from '@backstage/catalog-model';
import { nameEntity } from '@meshplane/core';
import { makeTempRepo, REPO_ROOT, runMesh } from '@meshplane/testkit';

/** The policies Backstage's catalog applies to every entity it reads, and the validator of each kind. */
const policy = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);
const KINDS = {
  Domain: domainEntityV1alpha1Validator,
  System: systemEntityV1alpha1Validator,
  Resource: resourceEntityV1alpha1Validator,
  API: apiEntityV1alpha1Validator,
  Group: groupEntityV1alpha1Validator,
};

describe('mesh export backstage', () => {
  const out = join(makeTempRepo().dir, 'catalog-info.yaml');
  const run = runMesh(['export', 'backstage', '--out', out], { cwd: REPO_ROOT });
  const entities = parseAllDocuments(readFileSync(out, 'utf8')).map((d) => d.toJS() as Entity);

  it('writes one entity per domain, product, port and team, and says so', () => {
    expect(run.stdout).toBe(`Wrote 107 entities to ${out}: 12 domains, 36 systems (products), 35 resources and 4 APIs (ports), 20 groups (teams).\n`);
    expect(run.status).toBe(0);
  });

  it('writes entities that Backstage’s own catalog-model policies and kind validators accept', async () => {
    for (const e of entities) {
      const applied = await policy.enforce(e);
      expect(applied, e.metadata.name).toBeDefined();
      expect(await KINDS[e.kind as keyof typeof KINDS].check(e), `${e.kind} ${e.metadata.name}`).toBe(true);
    }
  });

  it('refers only to entities it writes, and keeps the lineage as dependsOn', () => {
    const refs = new Set(entities.map((e) => stringifyEntityRef(e)));
    const spec = (e: Entity) => (e.spec ?? {}) as { owner?: string; domain?: string; system?: string; dependsOn?: string[] };
    for (const e of entities) {
      const s = spec(e);
      for (const ref of [s.owner, ...(s.dependsOn ?? [])].filter((x): x is string => x !== undefined))
        expect(refs, `${e.metadata.name} → ${ref}`).toContain(ref);
      if (s.domain) expect(refs).toContain(`domain:default/${s.domain}`);
      if (s.system) expect(refs).toContain(`system:default/${s.system}`);
    }
    // podcast.podcast-listeners reads listener.listener-profiles' daily-snapshot port.
    const listeners = entities.find((e) => e.metadata.name === 'podcast.podcast-listeners.daily-listeners');
    expect(spec(listeners as Entity).dependsOn).toEqual(['resource:default/listener.listener-profiles.daily-snapshot']);
    expect(spec(listeners as Entity)).toMatchObject({ owner: 'group:default/podcast-data', system: 'podcast.podcast-listeners', type: 'data-table' });
  });

  it('keeps Backstage’s name rules for any id: single separators, at most 63 characters, long ones cut with a hash', () => {
    const long = `${'very-long-domain'.repeat(3)}.${'product-name'.repeat(4)}.port`;
    const named = nameEntity(long);
    expect(named.length).toBeLessThanOrEqual(63);
    expect(named).toMatch(/^([A-Za-z0-9][-_.]?)*[A-Za-z0-9]$/);
    expect(nameEntity(`${long}x`)).not.toBe(named);
    expect(nameEntity('a--b..c__')).toBe('a-b.c');
    expect(nameEntity('<script>')).toBe('script');
  });

  it('says what it takes, with exit 2', () => {
    const r = runMesh(['export', 'elsewhere'], { cwd: REPO_ROOT });
    expect(r.stderr).toContain('Usage: mesh export backstage');
    expect(r.status).toBe(2);
  });
});
