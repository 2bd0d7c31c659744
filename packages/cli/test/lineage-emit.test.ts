import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { OpenLineageJobEvent } from '@meshplane/core';
import { checkRepository, resolveRepository } from '@meshplane/usecases';
import { copyExampleMesh, REPO_ROOT, runMesh, startMesh, type TempRepo } from '@meshplane/testkit';

/** The published OpenLineage 2-0-2 spec and the facets the events use (schemas/vendor/README.md), draft 2020-12. */
const VENDOR = join(REPO_ROOT, 'schemas/vendor/openlineage');
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
ajv.addSchema(JSON.parse(readFileSync(join(VENDOR, 'OpenLineage-2-0-2.json'), 'utf8')) as object);
for (const f of readdirSync(join(VENDOR, 'facets'))) ajv.addSchema(JSON.parse(readFileSync(join(VENDOR, 'facets', f), 'utf8')) as object);
const validateEvent = ajv.getSchema('https://openlineage.io/spec/2-0-2/OpenLineage.json')!;

/** Schema errors of an event and of each facet against the schema its `_schemaURL` names, as OpenLineage consumers check them. */
function checkEvent(event: OpenLineageJobEvent): string[] {
  const errors: string[] = [];
  if (!validateEvent(event)) errors.push(`${event.job.name}: ${ajv.errorsText(validateEvent.errors)}`);
  const facets = [
    ...Object.entries(event.job.facets).map(([k, f]) => [`job.${k}`, f] as const),
    ...event.outputs.flatMap((d) => Object.entries(d.facets ?? {}).map(([k, f]) => [`${d.name}.${k}`, f] as const)),
  ];
  for (const [where, facet] of facets) {
    const validate = ajv.getSchema(String(facet._schemaURL));
    if (!validate) errors.push(`${event.job.name} ${where}: no vendored schema for ${String(facet._schemaURL)}`);
    else if (!validate(facet)) errors.push(`${event.job.name} ${where}: ${ajv.errorsText(validate.errors)}`);
  }
  return errors;
}

const readLines = (text: string): OpenLineageJobEvent[] =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as OpenLineageJobEvent);

/** A local OpenLineage endpoint that records each POST; `refuse` answers 500 to the n-th (1-based). */
async function startEndpoint(refuse?: number): Promise<{ url: string; received: { body: OpenLineageJobEvent; auth?: string }[]; close: () => Promise<void> }> {
  const received: { body: OpenLineageJobEvent; auth?: string }[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ body: JSON.parse(body) as OpenLineageJobEvent, ...(req.headers.authorization ? { auth: req.headers.authorization } : {}) });
      const bad = req.method !== 'POST' || req.url !== '/api/v1/lineage' || received.length === refuse;
      res.writeHead(bad ? 500 : 201, { 'content-type': 'text/plain' }).end(bad ? 'store unavailable' : '');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/api/v1/lineage`, received, close: () => new Promise((r) => server.close(() => r())) };
}

let repo: TempRepo | undefined;
afterEach(() => repo?.remove());

describe('mesh lineage emit', () => {
  it('writes one JobEvent per product of the example mesh, each valid against the official OpenLineage schemas', () => {
    repo = copyExampleMesh();
    const run = runMesh(['lineage', 'emit', '--out', 'lineage.jsonl', '--now', '2026-11-22T12:00:00Z'], { cwd: repo.dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Wrote 36 OpenLineage job events to .*lineage\.jsonl\.\n$/);
    const events = readLines(readFileSync(join(repo.dir, 'lineage.jsonl'), 'utf8'));
    expect(events).toHaveLength(36);
    expect(events.flatMap(checkEvent)).toEqual([]);
    // The check can fail: an event without its schema URL, and a schema facet with a field without its name.
    const [first] = events as [OpenLineageJobEvent];
    expect(checkEvent({ ...first, schemaURL: undefined } as unknown as OpenLineageJobEvent)).not.toEqual([]);
    const badField = structuredClone(first);
    badField.outputs[0]!.facets!.schema!.fields = [{ type: 'string', ordinal_position: 'first' }];
    expect(checkEvent(badField).join()).toMatch(/schema: .*must have required property 'name'.*must be integer/);
    expect(new Set(events.map((e) => e.eventTime))).toEqual(new Set(['2026-11-22T12:00:00.000Z']));
  });

  it('carries the declared lineage: every edge is an input of its consumer, every port an output with its columns', () => {
    repo = copyExampleMesh();
    const events = readLines(runMesh(['lineage', 'emit'], { cwd: repo.dir }).stdout);
    const byJob = new Map(events.map((e) => [e.job.name, e]));
    const graph = checkRepository(resolveRepository(repo.dir)).graph;
    const tableOf = (id: string, port: string): string | undefined =>
      byJob.get(id)?.outputs.find((o) => o.name.endsWith(`__${port.replaceAll('-', '_')}`))?.name;
    for (const e of graph.edges)
      expect(
        byJob.get(e.consumer)?.inputs.map((i) => i.name),
        `${e.consumer} reads ${e.producer}`,
      ).toContain(tableOf(e.producer, e.port));
    const listeners = byJob.get('podcast.podcast-listeners')!;
    expect(listeners.inputs.map((i) => i.name)).toEqual(['podcast-player-service', 'listener.listener_profiles__daily_snapshot']);
    const [daily] = listeners.outputs;
    expect(daily?.name).toBe('podcast.podcast_listeners__daily_listeners');
    expect((daily?.facets?.schema?.fields as { name: string; type: string }[]).slice(0, 2)).toEqual([
      { name: 'listener_id', type: 'string', ordinal_position: 1 },
      { name: 'episode_id', type: 'string', ordinal_position: 2 },
    ]);
    expect(listeners.job.facets.ownership?.owners).toEqual([
      { name: 'team:podcast-data', type: 'team' },
      { name: 'user:@daff/maria', type: 'product-owner' },
    ]);
  });

  it('names datasets as mesh lineage drift reads them: runs that do what the events declare show no drift', () => {
    repo = copyExampleMesh();
    const events = readLines(runMesh(['lineage', 'emit', '--now', '2026-11-22T12:00:00Z'], { cwd: repo.dir }).stdout);
    const runs = events.map((e, i) => ({
      eventType: 'COMPLETE',
      eventTime: '2026-11-22T11:00:00Z',
      run: { runId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` },
      job: e.job,
      inputs: e.inputs,
      outputs: e.outputs,
      producer: e.producer,
      schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
    }));
    repo.write('runs.jsonl', runs.map((r) => JSON.stringify(r)).join('\n'));
    const drift = runMesh(['lineage', 'drift', 'runs.jsonl', '--now', '2026-11-22T12:00:00Z'], { cwd: repo.dir });
    expect(drift.stdout).toMatch(/^✔ Clean: 36 products/);
    expect(drift.status).toBe(0);
  });

  it('POSTs every event to an OpenLineage endpoint, with the API key as bearer token', async () => {
    repo = copyExampleMesh();
    const endpoint = await startEndpoint();
    try {
      const mesh = startMesh(['lineage', 'emit', '--url', endpoint.url, '--namespace', 'postgres://warehouse:5432'], {
        cwd: repo.dir,
        env: { OPENLINEAGE_API_KEY: 'k3y' },
      });
      expect((await mesh.exited).status).toBe(0);
      expect(mesh.output()).toBe(`Sent 36 of 36 job events to ${endpoint.url}.\n`);
      expect(endpoint.received).toHaveLength(36);
      expect(new Set(endpoint.received.map((r) => r.auth))).toEqual(new Set(['Bearer k3y']));
      expect(new Set(endpoint.received.flatMap((r) => [r.body.job.namespace, ...r.body.outputs.map((o) => o.namespace)]))).toEqual(
        new Set(['postgres://warehouse:5432']),
      );
      expect(endpoint.received.map((r) => r.body).flatMap(checkEvent)).toEqual([]);
    } finally {
      await endpoint.close();
    }
  });

  it('fails closed when the endpoint refuses an event: exit 2, the job and the answer named, nothing sent after it', async () => {
    repo = copyExampleMesh();
    const endpoint = await startEndpoint(3);
    try {
      const mesh = startMesh(['lineage', 'emit', '--url', endpoint.url], { cwd: repo.dir });
      expect((await mesh.exited).status).toBe(2);
      expect(endpoint.received).toHaveLength(3);
      expect(mesh.output()).toContain(`Sent 2 of 36 job events to ${endpoint.url}.`);
      expect(mesh.output()).toContain(
        `mesh: the event of ${endpoint.received[2]!.body.job.name} was refused and nothing after it was sent: ${endpoint.url} answered 500 Internal Server Error: store unavailable`,
      );
    } finally {
      await endpoint.close();
    }
    const unreachable = runMesh(['lineage', 'emit', '--url', 'http://127.0.0.1:9/api/v1/lineage'], { cwd: repo.dir });
    expect(unreachable.status).toBe(2);
    expect(unreachable.stderr).toMatch(/could not be reached/);
  });

  it('refuses a --url that is not an http(s) URL before doing anything', () => {
    repo = copyExampleMesh();
    for (const url of ['not a url', 'file:///etc/passwd']) {
      const run = runMesh(['lineage', 'emit', '--url', url], { cwd: repo.dir });
      expect(run.status, url).toBe(2);
      expect(run.stderr, url).toMatch(/^mesh: --url (takes the OpenLineage endpoint as a URL|must be http or https)/);
    }
  });
});
