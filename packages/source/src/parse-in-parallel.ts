import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { readYamlDocument, type ReadResult } from './read-yaml-document.js';
import { findBuiltScript } from './find-built-script.js';

/** What the reader made of one file, as plain data (the form the parse index stores and worker threads send back). */
export interface ParsedEntry {
  value: unknown;
  parsed: boolean;
  findings: ReadResult['findings'];
}

export function toParsedEntry(r: ReadResult): ParsedEntry {
  return { value: r.document?.value, parsed: r.document !== undefined, findings: r.findings };
}

/** Below this many files, starting threads costs more than it saves (each loads the YAML reader, ~0.1 s). */
export const PARALLEL_MINIMUM = 256;

/** How long to wait for the threads before parsing what they did not return on this thread. */
const DEADLINE_MS = 10 * 60_000;

/**
 * Parses files with the safe YAML reader on worker threads (one per core, at most 4), synchronously: the calling
 * thread blocks on a shared flag per thread and takes each thread's answer with `receiveMessageOnPort`, so callers
 * stay synchronous. Each thread runs the same reader with the same limits. Whatever a thread does not deliver (it
 * failed, or the compiled worker is missing when running from sources without a build) is parsed on this thread:
 * the result is always complete and the same as parsing in order.
 */
export function parseInParallel(
  items: ReadonlyArray<{ file: string; content: Uint8Array }>,
  threads = Math.min(availableParallelism(), 4),
  report: { threaded: number } = { threaded: 0 },
): ParsedEntry[] {
  const results: (ParsedEntry | undefined)[] = new Array(items.length);
  const script = findWorkerScript();
  if (script && threads > 1 && items.length > 1) {
    const chunks = splitBySize(items, threads);
    const flags = new Int32Array(new SharedArrayBuffer(4 * chunks.length));
    const started = chunks.map((chunk, slot) => {
      const { port1, port2 } = new MessageChannel();
      try {
        const worker = new Worker(script, { workerData: { items: chunk.items, flags, slot, port: port2 }, transferList: [port2] });
        worker.unref();
        return { chunk, port: port1, worker };
      } catch {
        return { chunk, port: port1, worker: undefined };
      }
    });
    const deadline = Date.now() + DEADLINE_MS;
    started.forEach(({ chunk, port, worker }, slot) => {
      if (worker) while (Atomics.load(flags, slot) === 0 && Date.now() < deadline) Atomics.wait(flags, slot, 0, 1000);
      const answer = worker && Atomics.load(flags, slot) === 1 ? (receiveMessageOnPort(port)?.message as ParsedEntry[] | undefined) : undefined;
      if (answer?.length === chunk.indexes.length) {
        chunk.indexes.forEach((at, i) => (results[at] = answer[i]));
        report.threaded += answer.length;
      }
      port.close();
      void worker?.terminate();
    });
  }
  return items.map((item, i) => results[i] ?? toParsedEntry(readYamlDocument(item.file, item.content, { positions: false })));
}

/** Splits the items into `n` chunks of about equal bytes, remembering each item's place. */
function splitBySize<T extends { content: Uint8Array }>(items: readonly T[], n: number): { items: T[]; indexes: number[] }[] {
  const chunks = Array.from({ length: n }, () => ({ items: [] as T[], indexes: [] as number[], bytes: 0 }));
  const order = items.map((item, i) => i).sort((a, b) => (items[b] as T).content.byteLength - (items[a] as T).content.byteLength);
  for (const i of order) {
    const lightest = chunks.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    lightest.items.push(items[i] as T);
    lightest.indexes.push(i);
    lightest.bytes += (items[i] as T).content.byteLength;
  }
  return chunks.filter((c) => c.items.length > 0);
}

/** The compiled worker beside this module (from `dist/`), or beside the sources' package when running from `src/`. */
function findWorkerScript(): URL | undefined {
  return findBuiltScript(import.meta.url, ['./parse-worker.js', '../dist/parse-worker.js']);
}
