import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { explainTrinoMissing, findTrinoJava, isTrinoInstalled, REPO_ROOT, startTrino } from '@meshplane/testkit';

/** The tests' Trino, or why there is none. */
export type TrinoContext =
  | { missing: string }
  | { url: string; httpsUrl: string; ca: string; jwtKey: string; dataDir: string; logFile: string; lineageFile: string; missing?: undefined };

declare module 'vitest' {
  export interface ProvidedContext {
    trino: TrinoContext;
  }
}

/**
 * Starts one real Trino for every Trino test file, and a tiny OpenLineage endpoint its event listener posts to (each
 * event one line of a JSON-lines file the tests read). Installs Trino first when missing (scripts/setup-trino.mjs);
 * without a Java 24+ JDK there is no Trino and the tests skip saying why. Trino is not waited for here: the tests
 * wait in their own setup, so the other platform tests run while it boots.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (findTrinoJava() && !isTrinoInstalled()) spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/setup-trino.mjs')], { stdio: 'inherit' });
  const missing = explainTrinoMissing();
  if (missing) {
    project.provide('trino', { missing });
    return async () => undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'meshplane-lineage-'));
  const lineageFile = join(dir, 'events.jsonl');
  writeFileSync(lineageFile, '');
  const sink = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8').trim();
      if (body) appendFileSync(lineageFile, `${JSON.stringify(JSON.parse(body))}\n`);
      res.writeHead(201).end();
    });
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const address = sink.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const trino = await startTrino({ lineageUrl: `http://127.0.0.1:${port}` });
  project.provide('trino', {
    url: trino.url,
    httpsUrl: trino.httpsUrl,
    ca: trino.ca,
    jwtKey: trino.jwtKey,
    dataDir: trino.dataDir,
    logFile: trino.logFile,
    lineageFile,
  });
  return async () => {
    await trino.stop();
    await new Promise((resolve) => sink.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  };
}
