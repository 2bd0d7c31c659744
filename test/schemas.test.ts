import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FILE_KINDS, getValidator, type FileKind } from '@meshplane/core';
import { REPO_ROOT } from '@meshplane/testkit';
import { loadRepository } from '@meshplane/source';
import { loadSchemas } from '../scripts/generate/load-schemas.js';
import { renderGeneratedFiles } from '../scripts/generate/render-generated-files.js';
import { createValidatorAjv } from '../scripts/generate/render-validators.js';

describe('schemas/', () => {
  const schemas = loadSchemas(REPO_ROOT);

  it('has a versioned $id and draft 2020-12 on every schema', () => {
    for (const s of schemas) {
      expect(s.json.$schema, s.file).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(s.json.$id, s.file).toBe(`https://meshplane.dev/schemas/v1/${s.file}`);
    }
  });

  it('closes every object with additionalProperties: false (so typos are caught)', () => {
    const open: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}/${i}`));
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      // Objects that declare properties are closed; if/then/else and composite branches only refine the object around them.
      if (o.properties && o.additionalProperties !== false && !/\/(if|then|else)$|\/(oneOf|anyOf|allOf)\/\d+$/.test(path)) open.push(path);
      for (const [k, v] of Object.entries(o)) walk(v, `${path}/${k}`);
    };
    for (const s of schemas) walk(s.json, s.file);
    expect(open).toEqual([]);
  });

  it('keeps the generated TS types, schema module and reference docs up to date (run `npm run generate`)', async () => {
    const files = await renderGeneratedFiles(REPO_ROOT);
    expect(files.size).toBeGreaterThanOrEqual(8);
    for (const [rel, content] of files) {
      expect(readFileSync(join(REPO_ROOT, rel), 'utf8'), `${rel} is stale: run npm run generate`).toBe(content);
    }
  });

  it('validates with the generated standalone code exactly as ajv compiling the schemas would, errors and all', () => {
    const ajv = createValidatorAjv(schemas);
    const ids = Object.fromEntries(schemas.map((s) => [(s.json.properties as { kind?: { const?: string } } | undefined)?.kind?.const, String(s.json.$id)]));
    const documents = loadRepository(REPO_ROOT).documents.map((d) => d.value as Record<string, unknown>);
    documents.push(parse(readFileSync(join(REPO_ROOT, '.github/meshplane.yml'), 'utf8')) as Record<string, unknown>);
    let invalid = 0;
    for (const doc of documents) {
      const kind = doc.kind as FileKind;
      if (!FILE_KINDS.includes(kind)) continue;
      const compiled = ajv.getSchema(ids[kind] as string);
      if (!compiled) throw new Error(`no schema for ${kind}`);
      for (const variant of mutate(doc)) {
        const standalone = getValidator(kind);
        const valid = standalone(variant);
        expect(valid, `${kind} ${JSON.stringify(variant).slice(0, 120)}`).toBe(compiled(variant));
        expect(standalone.errors ?? null).toEqual(compiled.errors ?? null);
        if (!valid) invalid++;
      }
    }
    expect(invalid).toBeGreaterThan(documents.length);
  });
});

/** The document and variants of it that break the schema in different ways: a key gone, a wrong type, a bad date, an unknown key. */
function mutate(doc: Record<string, unknown>): unknown[] {
  const out: unknown[] = [doc];
  const walk = (node: unknown, edit: (replace: unknown) => unknown): void => {
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      const at = (value: unknown): unknown => edit(Array.isArray(node) ? node.map((x, i) => (String(i) === k ? value : x)) : { ...node, [k]: value });
      out.push(edit(Array.isArray(node) ? node.filter((_, i) => String(i) !== k) : Object.fromEntries(Object.entries(node).filter(([x]) => x !== k))));
      out.push(at(typeof v === 'string' ? 42 : 'text'));
      if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) out.push(at('2026-02-30'));
      if (v && typeof v === 'object' && !Array.isArray(v)) out.push(at({ ...v, unknownKey: true }));
      walk(v, at);
    }
  };
  walk(doc, (x) => x);
  return out;
}
