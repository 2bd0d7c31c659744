import { describe, expect, it } from 'vitest';
import { validateDocument, type DataProduct, type Finding } from '@meshplane/core';
import { readYamlDocument } from '@meshplane/source';
import { buildProduct, toYaml } from '@meshplane/testkit';

function validate(text: string): Finding[] {
  const { document, findings } = readYamlDocument('catalog/podcast/podcast-listeners/product.yaml', text);
  if (!document) return findings;
  return validateDocument(document).findings;
}

const validateProduct = (edit: (p: DataProduct) => void): Finding[] => validate(toYaml(buildProduct('podcast.podcast-listeners', edit)));
const brief = (f: Finding) => ({ ruleId: f.ruleId, line: f.line, pointer: f.pointer, message: f.message, hint: f.hint });

describe('validateDocument', () => {
  it('accepts the valid builder product', () => {
    expect(validateProduct(() => {})).toEqual([]);
  });

  it('names an unknown key, its line, and the key it was probably meant to be', () => {
    const text = toYaml(buildProduct()).replace('  owner: podcast-data', '  ownr: podcast-data');
    const findings = validate(text);
    expect(findings.map(brief)).toMatchInlineSnapshot(`
      [
        {
          "hint": "Did you mean \`owner\`? Allowed keys: id, name, domain, subdomain, archetype, owner, productOwner, version, lifecycle, successor, sunset, tags.",
          "line": 8,
          "message": "Unknown key \`ownr\` in metadata; the required key \`owner\` is missing.",
          "pointer": "/metadata/ownr",
          "ruleId": "schema.unknown-key",
        },
      ]
    `);
  });

  it('reports a missing required key on the line of the object that lacks it', () => {
    const text = toYaml(buildProduct()).replace('  owner: podcast-data\n', '');
    expect(validate(text).map(brief)).toMatchInlineSnapshot(`
      [
        {
          "hint": "Add \`owner:\`. The long-term owner team; \`catalog/teams/<owner>.yaml\` must exist.",
          "line": 3,
          "message": "Missing required key \`owner\` in metadata.",
          "pointer": "/metadata",
          "ruleId": "schema.missing-key",
        },
      ]
    `);
  });

  it('lists the allowed values of an enum and suggests the closest', () => {
    const [f] = validateProduct((p) => ((p.metadata as { lifecycle: string }).lifecycle = 'activ'));
    expect(f?.ruleId).toBe('schema.invalid-value');
    expect(f?.message).toBe('metadata.lifecycle is "activ", which is not one of the allowed values.');
    expect(f?.hint).toBe('Did you mean `active`? Use one of: proposed, experimental, active, deprecated, dormant, retired.');
  });

  it('explains a version YAML read as a number', () => {
    const text = toYaml(buildProduct()).replace('version: 1.0.0', 'version: 1.0');
    const [f] = validate(text);
    expect(f?.ruleId).toBe('schema.wrong-type');
    expect(f?.hint).toBe('YAML read the value as the number 1; write it in quotes exactly as you mean it (for a version: "1.0.0").');
  });

  it('folds the branches of an input source into one finding', () => {
    const findings = validateProduct((p) => ((p.spec.inputPorts[0] as { source: object }).source = { system: 'podcast-player', port: 'x' }));
    expect(findings.map((f) => f.ruleId)).toEqual(['schema.invalid']);
    expect(findings[0]?.message).toBe(
      'spec.inputPorts[0].source must have exactly one of: `product` and `port`, or `system` and `kind` (it has `system`, `port`).',
    );
  });

  it('requires a duration threshold on a freshness SLO', () => {
    const findings = validateProduct((p) => ((p.spec.outputPorts[0]?.slos[0] as { threshold: string }).threshold = '99%'));
    expect(findings.map((f) => [f.ruleId, f.pointer])).toEqual([['schema.invalid-format', '/spec/outputPorts/0/slos/0/threshold']]);
  });

  it('requires min or max on a volume SLO', () => {
    const findings = validateProduct((p) => p.spec.outputPorts[0]?.slos.push({ name: 'vol', type: 'volume', objective: '95%', window: '28d' }));
    expect(findings.map((f) => f.message)).toEqual([
      'spec.outputPorts[0].slos[1] must have at least one of: `min` or `max` (it has `name`, `type`, `objective`, `window`).',
    ]);
  });

  it.each([
    ['a bad id', (p: DataProduct) => (p.metadata.id = 'Podcast Listeners'), 'schema.invalid-format', '/metadata/id'],
    ['a bad date', (p: DataProduct) => (p.metadata.sunset = '2027-13-45'), 'schema.invalid-format', '/metadata/sunset'],
    ['no output ports', (p: DataProduct) => ((p.spec as { outputPorts: unknown[] }).outputPorts = []), 'schema.out-of-range', '/spec/outputPorts'],
    ['a duplicate tag', (p: DataProduct) => (p.metadata.tags = ['a', 'b', 'a']), 'schema.duplicate-item', '/metadata/tags/2'],
    ['a wrong apiVersion', (p: DataProduct) => ((p as { apiVersion: string }).apiVersion = 'v1'), 'schema.invalid-value', '/apiVersion'],
    ['an empty description', (p: DataProduct) => (p.spec.description = ''), 'schema.out-of-range', '/spec/description'],
    ['a path leaving the folder', (p: DataProduct) => (p.spec.docs = { readme: '../../secrets.md' }), 'schema.invalid-format', '/spec/docs/readme'],
  ])('reports %s', (_name, edit, ruleId, pointer) => {
    const findings = validateProduct(edit);
    expect(findings.map((f) => [f.ruleId, f.pointer])).toContainEqual([ruleId, pointer]);
    for (const f of findings) expect(f.line).toBeGreaterThan(0);
  });

  it('reports an unknown kind with the closest known one', () => {
    const [f] = validate('apiVersion: meshplane/v1\nkind: DataProdcut\n');
    expect(f).toMatchObject({
      ruleId: 'schema.unknown-kind',
      line: 2,
      hint: 'Did you mean `DataProduct`? Use one of: DataProduct, Domain, Team, Waiver, Config, DataSharingAgreement.',
    });
  });

  it('reports a list where a mapping belongs', () => {
    expect(validate('- a\n- b\n')[0]).toMatchObject({ ruleId: 'yaml.not-a-mapping', line: 1 });
  });
});
