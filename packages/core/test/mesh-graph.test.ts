import { describe, expect, it } from 'vitest';
import { checkCatalog, findCycles, listPortConsumers, walkLineage, type DataProduct, type Finding } from '@meshplane/core';
import { loadRepository } from '@meshplane/source';
import { agreementPath, buildAgreement, buildMeshFiles, buildProduct, makeTempRepo, toYaml } from '@meshplane/testkit';

/** A product reading the `daily` port of each of `inputs`. */
function reader(id: string, inputs: string[], edit: (p: DataProduct) => void = () => {}): DataProduct {
  return buildProduct(id, (p) => {
    p.metadata.archetype = 'aggregate';
    p.spec.inputPorts = inputs.map((u) => ({ name: u.replace('.', '-'), source: { product: u, port: 'daily' }, mode: 'subscribe' }));
    edit(p);
  });
}

function check(products: DataProduct[], extra: Record<string, string> = {}) {
  const repo = makeTempRepo({ ...buildMeshFiles(products), ...extra });
  try {
    return checkCatalog(loadRepository(repo.dir), { root: repo.dir, toolVersion: 'test' });
  } finally {
    repo.remove();
  }
}

const ids = (fs: Finding[]) => fs.map((f) => f.ruleId);

describe('mesh graph', () => {
  const mesh = [
    buildProduct('podcast.events'),
    reader('podcast.listeners', ['podcast.events']),
    reader('podcast.summary', ['podcast.listeners', 'podcast.events']),
    reader('podcast.top', ['podcast.summary']),
  ];

  it('is clean for a well-wired mesh and counts its edges', () => {
    const { report } = check(mesh);
    expect(report.findings).toEqual([]);
    expect(report.stats).toMatchObject({ products: 4, domains: 1, teams: 2, edges: 4 });
  });

  it('walks upstream and downstream transitively, nearest first, each product once', () => {
    const { graph } = check(mesh);
    expect(walkLineage(graph, 'podcast.top', { direction: 'upstream' }).map((s) => [s.id, s.depth])).toEqual([
      ['podcast.summary', 1],
      ['podcast.events', 2],
      ['podcast.listeners', 2],
    ]);
    expect(walkLineage(graph, 'podcast.events', { direction: 'downstream', maxDepth: 1 }).map((s) => s.id)).toEqual(['podcast.listeners', 'podcast.summary']);
  });

  it('derives the consumers of a port from input ports, agreements and (deprecated) inline consumer teams', () => {
    const shared = buildAgreement((a) => void (a.spec.provider = { product: 'podcast.events', ports: [{ name: 'daily' }] }));
    const inline = mesh.map((p) =>
      p.metadata.id === 'podcast.events'
        ? buildProduct('podcast.events', (x) => void (x.spec.access.consumers = [{ team: 'podcast-data', purpose: 'old' }]))
        : p,
    );
    const { graph } = check(inline, { [agreementPath(shared)]: toYaml(shared) });
    expect(listPortConsumers(graph, 'podcast.events', 'daily')).toEqual([
      { kind: 'product', id: 'podcast.listeners', owner: 'podcast-data', inputPort: 'podcast-events' },
      { kind: 'product', id: 'podcast.summary', owner: 'podcast-data', inputPort: 'podcast-events' },
      {
        kind: 'team',
        team: 'podcast-analytics',
        purpose: 'Weekly audience reports for the podcast studios.',
        until: '2027-06-30',
        agreement: 'catalog/podcast/events/agreements/podcast-analytics.yaml',
      },
      { kind: 'team', team: 'podcast-data', purpose: 'old' },
    ]);
  });

  it('reports a cycle once, with its full path, on the input port that closes it', () => {
    const { report, graph } = check([reader('podcast.a', ['podcast.c']), reader('podcast.b', ['podcast.a']), reader('podcast.c', ['podcast.b'])]);
    expect(findCycles(graph)).toEqual([['podcast.a', 'podcast.b', 'podcast.c', 'podcast.a']]);
    const cycle = report.findings.filter((f) => f.ruleId === 'graph.cycle');
    expect(cycle).toHaveLength(1);
    expect(cycle[0]).toMatchObject({
      file: 'catalog/podcast/a/product.yaml',
      pointer: '/spec/inputPorts/0/source/product',
      message: 'Lineage cycle: podcast.a → podcast.c → podcast.b → podcast.a (each product reads the next).',
    });
  });

  it('reports a product reading itself', () => {
    const { report } = check([reader('podcast.a', ['podcast.a'])]);
    expect(ids(report.findings)).toEqual(['graph.cycle']);
  });

  it.each([
    ['a dangling input', [reader('podcast.a', ['podcast.evnts']), buildProduct('podcast.events')], 'graph.dangling-input', 'Did you mean `podcast.events`?'],
    [
      'an unknown port',
      [
        reader('podcast.a', ['podcast.events'], (p) => (p.spec.inputPorts[0]!.source = { product: 'podcast.events', port: 'dayly' })),
        buildProduct('podcast.events'),
      ],
      'graph.unknown-port',
      'Did you mean `daily`?',
    ],
    ['an unknown owner team', [buildProduct('podcast.a', (p) => (p.metadata.owner = 'podcast-dta'))], 'graph.unknown-team', 'Did you mean `podcast-data`?'],
    [
      'an unknown consumer team',
      [buildProduct('podcast.a', (p) => (p.spec.access.consumers = [{ team: 'nobody', purpose: 'reports' }]))],
      'graph.unknown-team',
      'Create catalog/teams/nobody.yaml',
    ],
    ['an unknown successor', [buildProduct('podcast.a', (p) => (p.metadata.successor = 'podcast.b'))], 'graph.unknown-successor', 'Name the product'],
    [
      'a domain that disagrees with the id',
      [buildProduct('podcast.a', (p) => (p.metadata.domain = 'player'))],
      'graph.domain-mismatch',
      'Set `domain: podcast`',
    ],
    [
      'a missing README',
      [buildProduct('podcast.a', (p) => (p.spec.docs = { readme: './README.md' }))],
      'graph.missing-file',
      'Add catalog/podcast/a/README.md',
    ],
    [
      'a temporal field that is not a column',
      [buildProduct('podcast.a', (p) => (p.spec.outputPorts[0]!.temporal.actualTime = 'listen_day'))],
      'product.unknown-column',
      'Did you mean `listen_date`?',
    ],
    [
      'a duplicate column',
      [buildProduct('podcast.a', (p) => p.spec.outputPorts[0]!.schema.push({ name: 'listen_date', type: 'date' }))],
      'product.duplicate-name',
      'unique',
    ],
  ])('reports %s with a hint', (_name, products, ruleId, hint) => {
    const { report } = check(products);
    const f = report.findings.find((x) => x.ruleId === ruleId);
    expect(f, JSON.stringify(report.findings)).toBeDefined();
    expect(f?.hint).toContain(hint);
    expect(f?.line).toBeGreaterThan(1);
  });

  it('names the file a missing doc reference points at, from the repository root', () => {
    const { report } = check([buildProduct('podcast.a', (p) => (p.spec.docs = { readme: './README.md' }))]);
    expect(report.findings.find((f) => f.ruleId === 'graph.missing-file')?.message).toBe(
      './README.md does not exist beside the manifest (no file catalog/podcast/a/README.md).',
    );
  });

  it('reports a duplicate id on the second file, naming the first', () => {
    const p = buildProduct('podcast.a');
    const files = buildMeshFiles([p]);
    const { report } = check([], { ...files, 'catalog/podcast/b/product.yaml': files['catalog/podcast/a/product.yaml'] as string });
    const dup = report.findings.find((f) => f.ruleId === 'graph.duplicate-id');
    expect(dup).toMatchObject({
      file: 'catalog/podcast/b/product.yaml',
      message: 'Product id `podcast.a` is already used by catalog/podcast/a/product.yaml:4.',
    });
    expect(ids(report.findings)).toContain('graph.id-folder-mismatch');
  });

  it('reports a product whose domain has no domain.yaml', () => {
    const files = buildMeshFiles([buildProduct('podcast.a')]);
    delete files['catalog/podcast/domain.yaml'];
    const { report } = check([], files);
    expect(ids(report.findings)).toEqual(['graph.unknown-domain']);
  });
});
