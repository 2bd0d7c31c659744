import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildMeshFiles, buildProduct, makeTempRepo, runMesh, type TempRepo } from '@meshplane/testkit';
import { applyChanges } from '@meshplane/platform';
import { APPLY, desiredFrom } from './platform-fixtures.js';
import { createTestCatalog, openTrinoAs, openTrinoTestDriver, readyTrino, TRINO_MISSING } from './trino-fixtures.js';

/** Waits until the event listener has posted the COMPLETE event of a query (it posts after the query ends). */
async function waitForEvents(file: string, catalog: string, query: string): Promise<string[]> {
  for (let i = 0; i < 40; i++) {
    const lines = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.includes(`"${catalog}.`) || l.includes(`${catalog}:`));
    if (lines.some((l) => l.includes('"COMPLETE"') && l.includes(query))) return lines;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`No COMPLETE event for ${query}`);
}

describe.skipIf(TRINO_MISSING !== undefined)(`OpenLineage events a real Trino wrote${TRINO_MISSING ? ` — skipped: ${TRINO_MISSING}` : ''}`, () => {
  // Episodes is loaded from Listeners, which its manifest does not declare: runtime drift.
  const listeners = buildProduct('podcast.podcast-listeners');
  const episodes = buildProduct('podcast.podcast-episodes', (p) => (p.metadata.name = 'Episodes'));
  let repo: TempRepo;
  afterAll(() => repo.remove());

  it('are ingested as freshness observations and judged as lineage drift', async () => {
    const { lineageFile } = await readyTrino();
    const catalog = await createTestCatalog('lineage');
    const driver = await openTrinoTestDriver(catalog);
    await applyChanges(driver, desiredFrom('trino', [listeners, episodes], '2026-11-22'), APPLY);
    await driver.close();
    const pipeline = await openTrinoAs(catalog, 'admin', { admin: true });
    await pipeline.run(`INSERT INTO podcast.podcast_listeners__daily VALUES ('a', DATE '2026-11-01', TIMESTAMP '2026-11-01 10:00:00 UTC')`);
    const load = 'INSERT INTO podcast.podcast_episodes__daily SELECT * FROM podcast.podcast_listeners__daily';
    await pipeline.run(load);
    const events = await waitForEvents(lineageFile, catalog, load);
    const complete = events
      .map((l) => JSON.parse(l) as { eventType: string; outputs?: { name: string }[]; job: { name: string } })
      .filter((e) => e.eventType === 'COMPLETE');
    // Trino names datasets <catalog>.<schema>.<table> and jobs by query id.
    expect(complete.at(-1)?.outputs?.map((o) => o.name)).toEqual([`${catalog}.podcast.podcast_episodes__daily`]);

    repo = makeTempRepo(buildMeshFiles([listeners, episodes]));
    const file = join(repo.dir, 'trino-events.jsonl');
    writeFileSync(file, events.join('\n') + '\n');
    const ingest = runMesh(['slo', 'ingest', file], { cwd: repo.dir });
    expect(ingest.stderr).toBe('');
    expect(ingest.status).toBe(0);
    // Each COMPLETE write (the loads, and the CREATE TABLEs of the apply) is a fresh-data observation of its port.
    expect(ingest.stdout).toMatch(/^Ingested .*trino-events\.jsonl \(OpenLineage run events\): [2-9] stored, 0 already stored, 0 lines refused\.$/m);
    const status = JSON.parse(runMesh(['slo', 'status', '--format', 'json'], { cwd: repo.dir }).stdout) as unknown;
    expect(JSON.stringify(status)).toContain('podcast.podcast-episodes');

    const drift = runMesh(['lineage', 'drift', file, '--format', 'json'], { cwd: repo.dir });
    const findings = (JSON.parse(drift.stdout) as { findings: { ruleId: string; productId?: string; message: string }[] }).findings;
    const undeclared = findings.filter((f) => f.ruleId === 'lineage.undeclared-input');
    expect(undeclared).toEqual([expect.objectContaining({ productId: 'podcast.podcast-episodes' })]);
    expect(undeclared[0]?.message).toContain('podcast.podcast-listeners');
  });
});
