import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateDemoMesh } from '@meshplane/core';
import { writeEventCatalog } from '../bench/write-eventcatalog.js';
import { measureFolder } from '../bench/bench-site.js';

const out = join(mkdtempSync(join(tmpdir(), 'meshplane-ec-')), 'catalog');
afterAll(() => rmSync(join(out, '..'), { recursive: true, force: true }));

describe("the bench's EventCatalog peer project", () => {
  it('holds every generated product as an event of its domain, owned by its team, with its columns as a schema', () => {
    const mesh = generateDemoMesh({ products: 12, seed: 1, today: '2026-11-22' });
    const written = writeEventCatalog(mesh, out, '2.64.4');
    expect(written.events).toBe(12);
    const files = readdirSync(out, { recursive: true }) as string[];
    const events = files.filter((f) => /\/events\/[^/]+\/index\.mdx$/.test(f));
    expect(events).toHaveLength(12);
    const product = mesh.products[0]!;
    const event = events.find((f) => f.includes(`/events/${product.metadata.id}/`))!;
    expect(event.startsWith(`domains/${product.metadata.domain}/services/`)).toBe(true);
    const front = parse(readFileSync(join(out, event), 'utf8').split('---')[1]!) as { id: string; owners: string[]; summary: string };
    expect(front).toMatchObject({ id: product.metadata.id, owners: [product.metadata.owner], summary: product.spec.description });
    const schema = JSON.parse(readFileSync(join(out, event.replace('index.mdx', 'schema.json')), 'utf8')) as { properties: object };
    expect(Object.keys(schema.properties)).toEqual(product.spec.outputPorts[0]!.schema!.map((c) => c.name));
    expect(files.filter((f) => f.startsWith('teams/')).length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')).dependencies).toEqual({ '@eventcatalog/core': '2.64.4' });
    expect(measureFolder(out, (n) => n.endsWith('.mdx')).files).toBe(files.filter((f) => f.endsWith('.mdx')).length);
  });
});
