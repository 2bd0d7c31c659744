import { afterEach, describe, expect, it } from 'vitest';
import type { DataProduct, Finding } from '@meshplane/core';
import { buildMeshFiles, buildProduct, makeTempRepo, toYaml, type TempRepo } from '@meshplane/testkit';
import { describeFindings } from './helpers/fixture-expectations.js';
import { checkRepositoryAt, lineOf } from './helpers/check-inputs.js';

const LISTENERS = 'catalog/podcast/podcast-listeners/product.yaml';
const SUMMARY = 'catalog/podcast/podcast-summary/product.yaml';

/** A product of the podcast domain whose only input ports read the `daily` port of each upstream id. */
function buildReader(id: string, upstream: string[], port = 'daily'): DataProduct {
  return buildProduct(id, (p) => {
    p.metadata.archetype = 'aggregate';
    p.spec.inputPorts = upstream.map((u) => ({ name: `from-${u.split('.')[1]}`, source: { product: u, port }, mode: 'pull' }));
  });
}

let repo: TempRepo | undefined;
afterEach(() => repo?.remove());

/** Checks a temporary mesh made of these files (path → text). */
function checkMesh(files: Record<string, string>): Finding[] {
  repo = makeTempRepo(files);
  return checkRepositoryAt(repo.dir);
}

describe('references between files', () => {
  it('a mesh of a product and its reader is clean (the baseline every case breaks)', () => {
    expect(checkMesh(buildMeshFiles([buildProduct(), buildReader('podcast.podcast-summary', ['podcast.podcast-listeners'])]))).toEqual([]);
  });

  it('an input port reading a product that does not exist: graph.dangling-input on its line, with the closest id', () => {
    const files = buildMeshFiles([buildProduct(), buildReader('podcast.podcast-summary', ['podcast.podcast-listners'])]);
    const findings = checkMesh(files);
    expect(describeFindings(findings)).toEqual([`graph.dangling-input line ${lineOf(files[SUMMARY] as string, 'product: podcast.podcast-listners')}`]);
    expect(findings[0]).toMatchObject({ file: SUMMARY, productId: 'podcast.podcast-summary' });
    expect(findings[0]?.hint).toContain('Did you mean `podcast.podcast-listeners`?');
  });

  it('an input port reading an output port that does not exist: graph.unknown-port on its line, listing the real ports', () => {
    const files = buildMeshFiles([buildProduct(), buildReader('podcast.podcast-summary', ['podcast.podcast-listeners'], 'dayly')]);
    const findings = checkMesh(files);
    expect(describeFindings(findings)).toEqual([`graph.unknown-port line ${lineOf(files[SUMMARY] as string, 'port: dayly')}`]);
    expect(findings[0]?.hint).toContain('Did you mean `daily`?');
  });

  it('a lineage cycle of three products: one graph.cycle, on the port that closes it, with the full path', () => {
    const files = buildMeshFiles([
      buildReader('podcast.alpha', ['podcast.gamma']),
      buildReader('podcast.beta', ['podcast.alpha']),
      buildReader('podcast.gamma', ['podcast.beta']),
    ]);
    const findings = checkMesh(files);
    const alpha = files['catalog/podcast/alpha/product.yaml'] as string;
    expect(describeFindings(findings)).toEqual([`graph.cycle line ${lineOf(alpha, 'product: podcast.gamma')}`]);
    expect(findings[0]?.file).toBe('catalog/podcast/alpha/product.yaml');
    expect(findings[0]?.message).toContain('podcast.alpha → podcast.gamma → podcast.beta → podcast.alpha');
    expect(findings[0]?.hint).toContain('Break the cycle');
  });

  it('a product reading itself is a cycle too', () => {
    const files = buildMeshFiles([buildReader('podcast.podcast-listeners', ['podcast.podcast-listeners'])]);
    expect(describeFindings(checkMesh(files))).toEqual([`graph.cycle line ${lineOf(files[LISTENERS] as string, 'product: podcast.podcast-listeners')}`]);
  });
});

describe('identity across files', () => {
  it('the same product id in two files: one graph.duplicate-id on the id line, naming the other file and its line', () => {
    const files = buildMeshFiles([buildProduct()]);
    const copy = 'catalog/podcast/podcast-listeners-v2/product.yaml';
    files[copy] = files[LISTENERS] as string;
    const findings = checkMesh(files).filter((f) => f.ruleId === 'graph.duplicate-id');
    const line = lineOf(files[LISTENERS] as string, 'id: podcast.podcast-listeners');
    expect(describeFindings(findings)).toEqual([`graph.duplicate-id line ${line}`]);
    const other = findings[0]?.file === copy ? LISTENERS : copy;
    expect(findings[0]?.message).toBe(`Product id \`podcast.podcast-listeners\` is already used by ${other}:${line}.`);
    expect(findings[0]?.hint).toContain('Give this product its own id');
  });

  it('the copy also sits in the wrong folder: the only other finding is graph.id-folder-mismatch', () => {
    const files = buildMeshFiles([buildProduct()]);
    files['catalog/podcast/podcast-listeners-v2/product.yaml'] = files[LISTENERS] as string;
    const line = lineOf(files[LISTENERS] as string, 'id: podcast.podcast-listeners');
    expect(describeFindings(checkMesh(files))).toEqual([`graph.duplicate-id line ${line}`, `graph.id-folder-mismatch line ${line}`]);
  });

  it('an id that does not match its folder: graph.id-folder-mismatch, saying where the file belongs', () => {
    const text = toYaml(buildProduct());
    const files = { ...buildMeshFiles([buildProduct()]), [LISTENERS]: undefined, 'catalog/podcast/listeners/product.yaml': text };
    const findings = checkMesh(Object.fromEntries(Object.entries(files).filter((e): e is [string, string] => e[1] !== undefined)));
    expect(describeFindings(findings)).toEqual([`graph.id-folder-mismatch line ${lineOf(text, 'id: podcast.podcast-listeners')}`]);
    expect(findings[0]?.hint).toContain(`move the file to ${LISTENERS}`);
  });

  it('an owner team without a file: graph.unknown-team on the owner line, with the closest team', () => {
    const files = buildMeshFiles([buildProduct('podcast.podcast-listeners', (p) => void (p.metadata.owner = 'podcast-dta'))]);
    const findings = checkMesh(files);
    expect(describeFindings(findings)).toEqual([`graph.unknown-team line ${lineOf(files[LISTENERS] as string, 'owner: podcast-dta')}`]);
    expect(findings[0]?.hint).toContain('Did you mean `podcast-data`?');
  });

  it('a domain without a domain.yaml: graph.unknown-domain on the domain line, saying which file to create', () => {
    const files = buildMeshFiles([buildProduct()]);
    delete files['catalog/podcast/domain.yaml'];
    const findings = checkMesh(files);
    expect(describeFindings(findings)).toEqual([`graph.unknown-domain line ${lineOf(files[LISTENERS] as string, 'domain: podcast')}`]);
    expect(findings[0]?.hint).toContain('Create catalog/podcast/domain.yaml');
  });
});
