import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@meshplane/testkit';
import { loadSchemas } from '../scripts/generate/load-schemas.js';
import { renderGeneratedFiles } from '../scripts/generate/render-generated-files.js';

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
});
