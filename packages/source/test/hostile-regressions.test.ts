import { afterEach, describe, expect, it } from 'vitest';
import { checkCatalog, renderText, validateDocument } from '@meshplane/core';
import { loadRepository, readYamlDocument } from '@meshplane/source';
import type { TempRepo } from '@meshplane/testkit';
import { productWithId } from './helpers/hostile-inputs.js';
import { makeMeshWith, runMeshExpectingFindings } from './helpers/run-cli.js';

// Hostile inputs the reader and renderers once did not survive: regression tests, each stating the behaviour users need.

let repo: TempRepo | undefined;
afterEach(() => repo?.remove());

describe('hostile input that once broke the reader', () => {
  it('a file with 180 000 aliases (540 KB) is reported, not a crash (was a RangeError from spreading the findings)', () => {
    repo = makeMeshWith({ 'catalog/podcast/nasty/product.yaml': 'a: &a x\nb: [' + '*a,'.repeat(180_000) + ']\n' });
    const dir = repo.dir;
    expect(() => loadRepository(dir)).not.toThrow();
  });

  it('a million closing brackets (1 MB) is checked within 3 s (each of the million syntax errors was prettified)', () => {
    repo = makeMeshWith({ 'catalog/podcast/nasty/product.yaml': ']'.repeat(1_000_000) });
    runMeshExpectingFindings(['check', repo.dir, '--format', 'json'], { timeoutMs: 3_000 });
  });

  it('text output cannot start a line of its own: a newline in an id would start a GitHub workflow command', () => {
    repo = makeMeshWith({ 'catalog/podcast/nasty/product.yaml': productWithId('podcast.x\n::warning::injected') });
    const text = renderText(checkCatalog(loadRepository(repo.dir), { root: repo.dir, toolVersion: 'test' }).report);
    expect(text).toContain('injected');
    expect(text.split('\n').filter((l) => l.startsWith('::'))).toEqual([]);
  });

  it('an input source may not mix the two forms (product and port, or system and kind)', () => {
    const text =
      'apiVersion: meshplane/v1\nkind: DataProduct\nmetadata: {}\nspec:\n  inputPorts:\n    - { name: a, mode: pull, source: { system: s, kind: api, product: a.b } }\n';
    const doc = readYamlDocument('p.yaml', text).document;
    const findings = doc ? validateDocument(doc).findings.filter((f) => f.pointer?.startsWith('/spec/inputPorts/0/source')) : [];
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([['schema.invalid', 6]]);
  });

  it('one mistake in a value with alternative forms is one finding', () => {
    const text = 'apiVersion: meshplane/v1\nkind: DataProduct\nmetadata: {}\nspec:\n  outputPorts:\n    - { name: a, retention: forever }\n';
    const doc = readYamlDocument('p.yaml', text).document;
    const findings = doc ? validateDocument(doc).findings.filter((f) => f.pointer === '/spec/outputPorts/0/retention') : [];
    expect(findings).toHaveLength(1);
  });

  it('keys that read the same as JSON (1 and "1") are duplicates', () => {
    expect(readYamlDocument('p.yaml', 'a:\n  1: x\n  "1": y\n').findings.map((f) => [f.ruleId, f.line])).toEqual([['yaml.duplicate-key', 3]]);
  });

  it('a tag before deeply nested brackets does not get past the depth check', () => {
    const started = performance.now();
    const findings = readYamlDocument('p.yaml', 'spec: !!seq ' + '['.repeat(400_000) + ']'.repeat(400_000)).findings;
    expect(findings.map((f) => f.ruleId)).toEqual(['yaml.too-deep']);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('an id that fails its schema gets no advice about folders built from it', () => {
    repo = makeMeshWith({ 'catalog/podcast/nasty/product.yaml': productWithId('../../etc/passwd') });
    const findings = checkCatalog(loadRepository(repo.dir), { root: repo.dir, toolVersion: 'test' }).report.findings.filter(
      (f) => f.file === 'catalog/podcast/nasty/product.yaml',
    );
    expect(findings.map((f) => f.ruleId)).not.toContain('graph.id-folder-mismatch');
    expect(findings.map((f) => f.ruleId)).toContain('schema.invalid-format');
  });
});
