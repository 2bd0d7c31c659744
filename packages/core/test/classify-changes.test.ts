import { describe, expect, it } from 'vitest';
import { classifyProductChanges, covers, declaredBump, effectiveBump, nextVersion, requiredBump, type DataProduct } from '@meshplane/core';
import { readYamlDocument } from '@meshplane/source';
import { buildProduct, toYaml } from '@meshplane/testkit';

/** The base product: one table port with five columns, a freshness SLO and a primary key. */
const base = (): DataProduct =>
  buildProduct('podcast.listeners', (p) => {
    const port = p.spec.outputPorts[0]!;
    port.schema.push({ name: 'plays', type: 'integer', description: 'Plays that day' }, { name: 'revenue', type: 'decimal', precision: 12, scale: 2 });
  });

type Edit = (p: DataProduct) => void;
const port = (p: DataProduct) => p.spec.outputPorts[0]!;
const column = (p: DataProduct, name: string) => port(p).schema.find((c) => c.name === name)!;

/** Classifies one edit; also returns the head YAML line each change points at. */
function classify(edit: Edit) {
  const after = base();
  edit(after);
  const items = classifyProductChanges(base(), after);
  const yaml = toYaml(after);
  const doc = readYamlDocument('product.yaml', yaml).document!;
  const lines = yaml.split('\n');
  return { items, bump: requiredBump(items), lineText: (pointer: string) => lines[doc.locate(pointer, 'key').line - 1] ?? '' };
}

describe('classifying a change to a product', () => {
  it.each<[string, Edit, string, 'breaking' | 'additive' | 'patch', string, string]>([
    [
      'a column removed',
      (p) =>
        port(p).schema.splice(
          port(p).schema.findIndex((c) => c.name === 'plays'),
          1,
        ),
      'column-removed',
      'breaking',
      'major',
      'schema:',
    ],
    ['a column renamed (removed + added)', (p) => (column(p, 'plays').name = 'play_count'), 'column-removed', 'breaking', 'major', 'schema:'],
    ['an optional column added', (p) => port(p).schema.push({ name: 'skips', type: 'integer' }), 'column-added', 'additive', 'minor', 'name: skips'],
    ['a type widened (integer → bigint)', (p) => (column(p, 'plays').type = 'bigint'), 'type-widened', 'additive', 'minor', 'type: bigint'],
    ['a type narrowed (bigint → integer)', (p) => (column(p, 'revenue').type = 'integer'), 'type-changed', 'breaking', 'major', 'type: integer'],
    ['a type changed (string → integer)', (p) => (column(p, 'listener_id').type = 'integer'), 'type-changed', 'breaking', 'major', 'type: integer'],
    ['a decimal widened (12,2 → 14,2)', (p) => (column(p, 'revenue').precision = 14), 'type-widened', 'additive', 'minor', 'type: decimal'],
    ['a decimal narrowed (12,2 → 12,4)', (p) => (column(p, 'revenue').scale = 4), 'type-changed', 'breaking', 'major', 'type: decimal'],
    ['an optional column made required', (p) => (column(p, 'plays').required = true), 'became-required', 'breaking', 'major', 'required: true'],
    ['a required column made optional', (p) => (column(p, 'listen_date').required = false), 'became-optional', 'breaking', 'major', 'required: false'],
    ['the primary key changed', (p) => (port(p).primaryKey = ['listener_id']), 'primary-key-changed', 'breaking', 'major', 'primaryKey:'],
    ['a temporal field changed', (p) => (port(p).temporal.processingTime = 'listen_date'), 'temporal-changed', 'breaking', 'major', 'temporal:'],
    [
      'a column classification raised',
      (p) => (column(p, 'plays').classification = 'confidential'),
      'classification-raised',
      'breaking',
      'major',
      'classification: confidential',
    ],
    [
      'the access classification raised',
      (p) => (p.spec.access.classification = 'restricted'),
      'classification-raised',
      'breaking',
      'major',
      'classification: restricted',
    ],
    [
      'the identifier of a column changed',
      (p) => (column(p, 'listener_id').identifier = 'device'),
      'identifier-changed',
      'breaking',
      'major',
      'identifier: device',
    ],
    ['retention shortened', (p) => (port(p).retention = 'P1Y'), 'retention-shortened', 'breaking', 'major', 'retention: P1Y'],
    ['retention lengthened', (p) => (port(p).retention = 'P5Y'), 'retention-changed', 'patch', 'patch', 'retention: P5Y'],
    ['a port removed', (p) => (p.spec.outputPorts = [{ ...structuredClone(port(p)), name: 'daily-v2' }]), 'port-removed', 'breaking', 'major', 'outputPorts:'],
    ['a port kind changed', (p) => (port(p).kind = 'files'), 'port-kind-changed', 'breaking', 'major', 'kind: files'],
    [
      'a port added',
      (p) => p.spec.outputPorts.push({ ...structuredClone(port(p)), name: 'daily-files', kind: 'files' }),
      'port-added',
      'additive',
      'minor',
      'name: daily-files',
    ],
    [
      'the description changed',
      (p) => (p.spec.description = 'Who listened to which episode, per day, deduplicated.'),
      'docs-changed',
      'patch',
      'patch',
      'spec:',
    ],
    [
      'a column description changed',
      (p) => (column(p, 'plays').description = 'Plays that day, deduplicated'),
      'column-docs-changed',
      'patch',
      'patch',
      'description: Plays that day, deduplicated',
    ],
    ['tags changed', (p) => (p.metadata.tags = ['podcast', 'daily']), 'metadata-changed', 'patch', 'patch', 'metadata:'],
    ['the product retired', (p) => (p.metadata.lifecycle = 'retired'), 'product-retired', 'breaking', 'major', 'lifecycle: retired'],
    ['the product deprecated', (p) => (p.metadata.lifecycle = 'deprecated'), 'lifecycle-changed', 'patch', 'patch', 'lifecycle: deprecated'],
    ['an SLO tightened', (p) => (port(p).slos[0]!.threshold = 'PT3H'), 'slo-tightened', 'patch', 'patch', '- name: fresh'],
    ['an SLO loosened', (p) => (port(p).slos[0]!.objective = '95%'), 'slo-loosened', 'patch', 'patch', '- name: fresh'],
  ])('%s', (_name, edit, kind, impact, bump, line) => {
    const { items, bump: required, lineText } = classify(edit);
    const item = items.find((i) => i.kind === kind);
    expect(item, JSON.stringify(items)).toBeDefined();
    expect(item?.impact).toBe(impact);
    expect(required).toBe(bump);
    expect(lineText(item!.pointer)).toContain(line);
  });

  it('lists SLO changes apart from the contract changes', () => {
    const { items } = classify((p) => (port(p).slos[0]!.threshold = 'PT3H'));
    expect(items).toEqual([expect.objectContaining({ kind: 'slo-tightened', slo: true, port: 'daily' })]);
  });

  it('finds nothing when nothing changed', () => {
    expect(classify(() => {}).items).toEqual([]);
  });
});

describe('semantic versions', () => {
  it.each([
    ['1.2.3', '2.0.0', 'major'],
    ['1.2.3', '1.3.0', 'minor'],
    ['1.2.3', '1.2.4', 'patch'],
    ['1.2.3', '1.2.3', 'none'],
    ['1.2.3', '1.1.9', 'backwards'],
    ['2.0.0', '1.9.9', 'backwards'],
  ])('%s → %s declares %s', (a, b, bump) => {
    expect(declaredBump(a, b)).toBe(bump);
  });

  it('says which version to use', () => {
    expect(nextVersion('1.2.3', 'major')).toBe('2.0.0');
    expect(nextVersion('1.2.3', 'minor')).toBe('1.3.0');
    expect(nextVersion('1.2.3', 'patch')).toBe('1.2.4');
  });

  it('lets a 0.x product carry a breaking change in a minor bump, as semver allows', () => {
    expect(effectiveBump('0.4.1', 'major')).toBe('minor');
    expect(nextVersion('0.4.1', 'major')).toBe('0.5.0');
    expect(covers('minor', effectiveBump('0.4.1', 'major'))).toBe(true);
    expect(covers('patch', effectiveBump('1.4.1', 'minor'))).toBe(false);
  });
});
