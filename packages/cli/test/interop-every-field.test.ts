import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { readOdcsContracts, readOdpsProduct, type Finding, type SourceDocument } from '@meshplane/core';
import { readYamlDocument } from '@meshplane/source';
import { REPO_ROOT } from '@meshplane/testkit';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats.default(ajv);
const readSchema = (file: string): { [k: string]: Json } => JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/vendor', file), 'utf8')) as { [k: string]: Json };
const readFixture = (name: string): SourceDocument => {
  const r = readYamlDocument(`${name}`, readFileSync(join(REPO_ROOT, 'packages/cli/test/fixtures', name), 'utf8'));
  if (!r.document) throw new Error(JSON.stringify(r.findings));
  return r.document;
};

/** Every property name a JSON schema defines anywhere (following local $refs, combinators, conditionals and items). */
function defineNames(schema: { [k: string]: Json }): Set<string> {
  const names = new Set<string>();
  const seen = new Set<Json>();
  const resolve = (ref: string): Json =>
    ref
      .slice(2)
      .split('/')
      .reduce<Json>((at, part) => (at as { [k: string]: Json })[part] as Json, schema);
  const walk = (s: Json): void => {
    if (!s || typeof s !== 'object' || seen.has(s)) return;
    seen.add(s);
    if (Array.isArray(s)) return s.forEach(walk);
    if (typeof s.$ref === 'string' && s.$ref.startsWith('#/')) walk(resolve(s.$ref));
    for (const k of ['allOf', 'anyOf', 'oneOf']) if (Array.isArray(s[k])) (s[k] as Json[]).forEach(walk);
    for (const k of ['if', 'then', 'else', 'items', 'additionalProperties']) walk(s[k] as Json);
    const props = s.properties;
    if (props && typeof props === 'object' && !Array.isArray(props))
      for (const [name, sub] of Object.entries(props)) {
        names.add(name);
        walk(sub);
      }
  };
  walk(schema);
  return names;
}

/** Every key used anywhere in a document. */
function useNames(v: Json, out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) v.forEach((x) => useNames(x, out));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      out.add(k);
      useNames(x, out);
    }
  return out;
}

/** Every scalar of a document with its JSON pointer. */
function listLeaves(v: Json, at = ''): [string, Json][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => listLeaves(x, `${at}/${i}`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => listLeaves(x, `${at}/${k}`));
  return [[at, v]];
}

/**
 * The fixture's scalars that reached neither the manifests (the same value somewhere in them) nor a warning (on the
 * field or a field around it): what an import would lose silently. `mapped` names pointers (indexes as `*`) whose value
 * (or exact pointers) the import turns into another form; the tests check those separately.
 */
function findSilentLosses(fixture: Json, manifests: unknown[], findings: Finding[], mapped: ReadonlySet<string>): string[] {
  const kept = new Set(listLeaves(manifests as Json).map(([, v]) => String(v)));
  const warned = findings.filter((f) => f.severity === 'warning' || f.severity === 'notice').map((f) => f.pointer ?? '');
  return listLeaves(fixture)
    .filter(([p]) => !warned.some((w) => w !== '' && (p === w || p.startsWith(`${w}/`))))
    .filter(([p]) => !mapped.has(p) && !mapped.has(p.replace(/\/\d+(?=\/|$)/g, '/*')))
    .filter(([, v]) => !kept.has(String(v)))
    .map(([p, v]) => `${p} = ${JSON.stringify(v)}`);
}

describe('the ODPS fixture with every field ODPS v1.0.0 defines', () => {
  const schema = readSchema('odps/odps-json-schema-v1.0.0.json');
  const odps = readFixture('odps-every-field.yaml');
  const contract = readFixture('odcs-every-field.yaml');

  it('uses every property name the schema defines and is valid against it', () => {
    const missing = [...defineNames(schema)].filter((n) => !useNames(odps.value as Json).has(n));
    expect(missing).toEqual([]);
    const validate = ajv.compile(schema);
    expect(validate(odps.value) ? [] : validate.errors).toEqual([]);
  });

  it('imports it with its contract, keeping or warning about every value, none lost silently', () => {
    const read = readOdpsProduct(odps, [contract], {
      archetype: 'source-aligned',
      classification: 'internal',
      actualTime: 'ordered_at',
      processingTime: 'loaded_at',
    });
    expect(read.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const [m] = read.manifests as [{ metadata: Record<string, unknown>; spec: Record<string, unknown> }];
    expect(m.metadata).toMatchObject({
      id: 'podcast.podcast-orders',
      name: 'Podcast orders',
      version: '1.2.0',
      lifecycle: 'active',
      owner: 'podcast-data',
      productOwner: '@daff/maria',
    });
    const mapped = new Set([
      '/apiVersion', // the format of the document, not the product
      '/kind',
      '/outputPorts/*/contractId', // resolved to the contract: its schema is the port's
      '/inputPorts/0/contractId', // resolved to source { product, port }
      '/inputPorts/*/version', // the version of what is read, which the manifest takes from the catalog
      '/outputPorts/*/version', // the product's version
      '/inputPorts/0/customProperties/0/property', // meshplane.mode: its value is the port's mode
      '/team/members/0/role', // what makes @daff/maria the product owner
    ]);
    expect(findSilentLosses(odps.value as Json, read.manifests, read.findings, mapped)).toEqual([]);
    expect(m.spec.inputPorts).toEqual([{ name: 'episodes', source: { product: 'podcast.podcast-catalog', port: 'episodes' }, mode: 'pull' }]);
    // What Meshplane has no place for is named on its own line: fields and whole objects of both files.
    const line = (file: string, pointer: string): number | undefined =>
      read.findings.find((f) => f.file === file && f.pointer === pointer && f.severity === 'warning')?.line;
    const fixtureLine = (file: string, text: string): number =>
      readFileSync(join(REPO_ROOT, 'packages/cli/test/fixtures', file), 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith(text)) + 1;
    expect(line('odps-every-field.yaml', '/description/usage')).toBe(fixtureLine('odps-every-field.yaml', '  usage:'));
    expect(line('odps-every-field.yaml', '/managementPorts')).toBe(fixtureLine('odps-every-field.yaml', 'managementPorts:'));
    expect(line('odps-every-field.yaml', '/support')).toBe(fixtureLine('odps-every-field.yaml', 'support:'));
    expect(line('odps-every-field.yaml', '/outputPorts/0/sbom')).toBe(fixtureLine('odps-every-field.yaml', '    sbom:'));
    expect(line('odps-every-field.yaml', '/team/members/1')).toBeGreaterThan(0);
    expect(line('odcs-every-field.yaml', '/schema/0/physicalName')).toBeGreaterThan(0);
    expect(line('odcs-every-field.yaml', '/support')).toBe(fixtureLine('odcs-every-field.yaml', 'support:'));
    expect(line('odcs-every-field.yaml', '/servers')).toBe(fixtureLine('odcs-every-field.yaml', 'servers:'));
  });
});

describe('the ODCS fixture with every field ODCS v3.1.0 defines', () => {
  const schema = readSchema('odcs/odcs-json-schema-v3.1.0.json');
  const contract = readFixture('odcs-every-field.yaml');

  it('uses every property name the schema defines and is valid against it', () => {
    const missing = [...defineNames(schema)].filter((n) => !useNames(contract.value as Json).has(n));
    expect(missing).toEqual([]);
    const validate = ajv.compile(schema);
    expect(validate(contract.value) ? [] : validate.errors).toEqual([]);
  });

  it('imports it keeping or warning about every value, none lost silently', () => {
    const read = readOdcsContracts([contract], {
      domain: 'podcast',
      archetype: 'source-aligned',
      classification: 'internal',
      actualTime: 'ordered_at',
      processingTime: 'loaded_at',
    });
    expect(read.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // What the import turns into other fields: the object's kind, column types, key order, status, latency SLO.
    const mapped = new Set([
      '/apiVersion',
      '/kind',
      '/id',
      '/status',
      '/schema/*/logicalType',
      '/schema/*/physicalType',
      '/schema/*/properties/*/logicalType',
      '/schema/*/properties/*/primaryKeyPosition',
      '/team/members/0/role',
      '/slaProperties/0/property',
      '/slaProperties/0/value',
    ]);
    expect(findSilentLosses(contract.value as Json, read.manifests, read.findings, mapped)).toEqual([]);
  });
});
