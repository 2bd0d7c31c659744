/** A worker thread of {@link parseInParallel}: parses its files, posts the entries, then raises its flag (2: failed). */
import { workerData, type MessagePort } from 'node:worker_threads';
import { readYamlDocument } from './read-yaml-document.js';
import { toParsedEntry } from './parse-in-parallel.js';

const { items, flags, slot, port } = workerData as { items: { file: string; content: Uint8Array }[]; flags: Int32Array; slot: number; port: MessagePort };
try {
  port.postMessage(items.map(({ file, content }) => toParsedEntry(readYamlDocument(file, content))));
  Atomics.store(flags, slot, 1);
} catch {
  Atomics.store(flags, slot, 2);
}
Atomics.notify(flags, slot);
port.close();
