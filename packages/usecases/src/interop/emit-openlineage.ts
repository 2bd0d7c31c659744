import { resolve } from 'node:path';
import { buildOpenLineageEvents, type OpenLineageJobEvent } from '@meshplane/core';
import { checkRepository, type Repository } from '../repository/resolve-repository.js';
import { TOOL_VERSION } from '../meshplane-home.js';
import { UsageError } from '../usage-error.js';
import { writeFilesWhole } from '../write-files-whole.js';

/** What `mesh lineage emit` did: the events, where they went, and the first refusal of the endpoint if any. */
export interface LineageEmitResult {
  events: OpenLineageJobEvent[];
  /** JSON lines, one event each (what the file and standard output get). */
  text: string;
  /** Products not emitted because they do not pass `mesh validate`. */
  skipped: number;
  file?: string;
  /** Events the endpoint accepted (2xx), in order. */
  posted?: number;
  /** The first event the endpoint refused or could not be reached for; nothing after it was sent. */
  failed?: { job: string; why: string };
}

export interface LineageEmitOptions {
  out?: string;
  /** The OpenLineage HTTP endpoint events are POSTed to, e.g. Marquez's `http://localhost:5000/api/v1/lineage`. */
  url?: string;
  namespace?: string;
  eventTime?: string;
  /** Sent as `Authorization: Bearer <key>` (OpenLineage's HTTP transport's API key). */
  apiKey?: string;
  fetch?: typeof fetch;
}

/** The producer URI the events name: Meshplane at its version. */
export const LINEAGE_PRODUCER = `https://github.com/meshplane/meshplane/tree/v${TOOL_VERSION}`;

/**
 * `mesh lineage emit [--out FILE] [--url URL] [--namespace NS]`: the declared lineage as OpenLineage JobEvents (one per
 * valid product), written as JSON lines into FILE (whole or not at all), POSTed one by one to an OpenLineage endpoint
 * (stopping at the first refusal, which the result names: the caller fails), or returned for standard output.
 */
export async function emitLineage(repo: Repository, options: LineageEmitOptions = {}): Promise<LineageEmitResult> {
  const url = options.url ? readEndpoint(options.url) : undefined;
  const index = checkRepository(repo).index;
  const events = buildOpenLineageEvents(index, {
    namespace: options.namespace ?? 'meshplane',
    producer: LINEAGE_PRODUCER,
    eventTime: options.eventTime ?? new Date().toISOString(),
  });
  const text = events.map((e) => `${JSON.stringify(e)}\n`).join('');
  const result: LineageEmitResult = { events, text, skipped: index.products.filter((p) => !p.valid).length };
  if (options.out) {
    const file = resolve(options.out);
    writeFilesWhole([{ file, text }]);
    result.file = file;
  }
  if (url) Object.assign(result, await postEvents(url, events, options.apiKey, options.fetch ?? fetch));
  return result;
}

function readEndpoint(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`--url takes the OpenLineage endpoint as a URL, such as http://localhost:5000/api/v1/lineage, not \`${raw}\`.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--url must be http or https, not ${url.protocol}`);
  return url;
}

async function postEvents(
  url: URL,
  events: readonly OpenLineageJobEvent[],
  apiKey: string | undefined,
  send: typeof fetch,
): Promise<Pick<LineageEmitResult, 'posted' | 'failed'>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) };
  let posted = 0;
  for (const event of events) {
    let why: string | undefined;
    try {
      const response = await send(url, { method: 'POST', headers, body: JSON.stringify(event), signal: AbortSignal.timeout(30_000) });
      if (!response.ok) why = `${url.href} answered ${response.status} ${response.statusText}: ${(await response.text()).slice(0, 300)}`;
    } catch (e) {
      why = `${url.href} could not be reached: ${e instanceof Error ? e.message : String(e)}`;
    }
    if (why) return { posted, failed: { job: event.job.name, why } };
    posted++;
  }
  return { posted };
}
