/** A worker thread of {@link parseInParallel}: parses its files, posts the entries, then raises its flag (2: failed). */
import { workerData, type MessagePort } from 'node:worker_threads';
import { readYamlDocument } from './read-yaml-document.js';
import { toParsedEntry } from './parse-in-parallel.js';

// The YAML parser reads `process.env.LOG_TOKENS` once per token; Node's env object answers each read through the
// C++ environment (~0.2 µs), about a fifth of a parse. This thread only parses, so a plain copy is safe here.
process.env = { ...process.env };

const { items, flags, slot, port } = workerData as { items: { file: string; content: Uint8Array }[]; flags: Int32Array; slot: number; port: MessagePort };
try {
  port.postMessage(items.map(({ file, content }) => toParsedEntry(readYamlDocument(file, content, { positions: false }))));
  Atomics.store(flags, slot, 1);
} catch {
  Atomics.store(flags, slot, 2);
}
Atomics.notify(flags, slot);
port.close();
