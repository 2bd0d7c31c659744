import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOdcsContract, buildOdpsProduct, readOdcsContracts, readOdpsProduct, type SourceDocument } from '@meshplane/core';
import { readYamlDocument } from '@meshplane/source';
import { generateMesh, REPO_ROOT } from '@meshplane/testkit';

type Rec = Record<string, unknown>;
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats.default(ajv);
const schema = (file: string): object => JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/vendor', file), 'utf8')) as object;
const validateOdcs = ajv.compile(schema('odcs/odcs-json-schema-v3.1.0.json'));
const validateOdps = ajv.compile(schema('odps/odps-json-schema-v1.0.0.json'));

/** Generated products to start from: valid manifests of every archetype, with lineage between them. */
const BASE = [...generateMesh({ products: 60, seed: 5, today: '2026-12-01' })].filter(([p]) => p.endsWith('product.yaml')).map(([, t]) => parse(t) as Rec);

/** Text as a person might write it in a manifest: any Unicode, quotes, YAML and HTML syntax, line breaks. */
const freeText = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    "'; DROP TABLE x; --",
    'a: b\n- c\n',
    '&anchor *alias !!tag',
    '{{ template }}',
    '  leading and trailing  ',
    'ünïcødé 🚀 テスト',
  ),
);

/** A generated product with arbitrary text in its free-text fields: name, description, purpose, limitations, port and column descriptions. */
const product = fc
  .record({
    index: fc.nat({ max: BASE.length - 1 }),
    name: freeText,
    description: freeText,
    purpose: freeText,
    limitations: freeText,
    port: freeText,
    column: freeText,
  })
  .map((r) => {
    const m = structuredClone(BASE[r.index]) as Rec;
    const meta = m.metadata as Rec;
    const spec = m.spec as Rec;
    meta.name = r.name;
    Object.assign(spec, { description: r.description, purpose: r.purpose, limitations: r.limitations });
    const [port] = spec.outputPorts as Rec[];
    if (port) {
      port.description = r.port;
      const [col] = port.schema as Rec[];
      if (col) col.description = r.column;
    }
    return m;
  });

/** Through YAML text and the safe reader, as the CLI writes and reads the files. */
const throughYaml = (file: string, value: unknown): SourceDocument => {
  const r = readYamlDocument(file, stringify(value, { lineWidth: 0, aliasDuplicateObjects: false }));
  if (!r.document) throw new Error(`${file}: ${JSON.stringify(r.findings)}`);
  return r.document;
};

describe('round trips of arbitrary products (fast-check)', () => {
  it('import(export(m)) == m through ODCS contracts, each valid against the ODCS schema', () => {
    fc.assert(
      fc.property(product, (m) => {
        const meta = m.metadata as { domain: string };
        const ports = ((m.spec as Rec).outputPorts as { name: string }[]).map((p) => p.name);
        const docs = ports.map((port) => {
          const contract = buildOdcsContract(m, port, { platform: { driver: 'duckdb' } });
          expect(validateOdcs(contract) ? [] : validateOdcs.errors).toEqual([]);
          return throughYaml(`${port}.odcs.yaml`, contract);
        });
        const read = readOdcsContracts(docs, { domain: meta.domain });
        expect(read.findings).toEqual([]);
        expect(read.manifests).toEqual([m]);
      }),
      { numRuns: 60 },
    );
  });

  it('import(export(m)) == m through an ODPS product and its ODCS contracts, valid against the ODPS schema', () => {
    fc.assert(
      fc.property(product, (m) => {
        const ports = ((m.spec as Rec).outputPorts as { name: string }[]).map((p) => p.name);
        const contracts = ports.map((port) => throughYaml(`${port}.odcs.yaml`, buildOdcsContract(m, port, { platform: { driver: 'duckdb' } })));
        const odps = buildOdpsProduct(m);
        expect(validateOdps(odps) ? [] : validateOdps.errors).toEqual([]);
        const read = readOdpsProduct(throughYaml('product.odps.yaml', odps), contracts, {});
        expect(read.findings).toEqual([]);
        expect(read.manifests).toEqual([m]);
      }),
      { numRuns: 60 },
    );
  });
});
