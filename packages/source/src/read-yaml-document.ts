import { LineCounter, parseAllDocuments, type Document, type YAMLError } from 'yaml';
import type { Finding, Position, SourceDocument } from '@meshplane/core';
import { parsePointer, formatPointer } from '@meshplane/core';
import { buildPositionMap, type PointerPosition } from './build-position-map.js';
import { measureFlowDepth } from './measure-flow-depth.js';
import { READER_LIMITS } from './reader-limits.js';

/** A read file: its document when it could be parsed safely, and findings for everything wrong with it. */
export interface ReadResult {
  document?: SourceDocument;
  findings: Finding[];
}

/**
 * Parses one YAML file the safe way: YAML 1.2 core schema only, one document, no aliases, no custom tags, no
 * duplicate keys, at most {@link READER_LIMITS} in size and depth. Every problem is a finding with a line; nothing
 * throws. A UTF-8 byte order mark and CRLF line endings are accepted.
 *
 * @example
 * const { document, findings } = readYamlDocument('catalog/podcast/domain.yaml', text);
 * document?.locate('/spec/owner'); // { line: 7, column: 10 }
 */
export function readYamlDocument(file: string, input: string | Uint8Array): ReadResult {
  const fail = (ruleId: string, message: string, hint: string, at: Position = { line: 1, column: 1 }): ReadResult => ({
    findings: [{ ruleId, severity: 'error', message, hint, file, line: at.line, column: at.column }],
  });
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  if (size > READER_LIMITS.maxBytes) return { findings: [tooLargeFinding(file, size)] };
  let text: string;
  try {
    text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return fail('file.encoding', 'The file is not valid UTF-8.', 'Save it as UTF-8.');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (measureFlowDepth(text, READER_LIMITS.maxDepth) > READER_LIMITS.maxDepth) return tooDeep(fail);
  const lc = new LineCounter();
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { lineCounter: lc, schema: 'core', uniqueKeys: true, merge: false, prettyErrors: true }) as Document.Parsed[];
  } catch (e) {
    return fail('yaml.syntax', `The YAML parser failed: ${e instanceof Error ? e.message : String(e)}.`, 'Check the file in an editor with YAML support.');
  }
  if (!Array.isArray(docs) || docs.length === 0 || (docs.length === 1 && docs[0]?.contents === null && docs[0].errors.length === 0)) {
    return fail('yaml.empty', 'The file is empty.', 'Write the manifest, or delete the file.');
  }
  const doc = docs[0] as Document.Parsed;
  const errors = [...doc.errors, ...doc.warnings].filter((w) => w.code !== 'TAG_RESOLVE_FAILED');
  if (errors.some((e) => e.code === 'RESOURCE_EXHAUSTION')) return tooDeep(fail);
  const findings: Finding[] = errors.map((e) => yamlErrorFinding(file, e));
  if (docs.length > 1) {
    const at = lc.linePos(docs[1]?.range[0] ?? 0);
    findings.push({
      ruleId: 'yaml.multiple-documents',
      severity: 'error',
      message: 'The file holds more than one YAML document.',
      hint: 'Put each product, domain or team in a file of its own.',
      file,
      line: at.line,
      column: at.col,
    });
  }
  const { positions, depth, aliases, tags } = buildPositionMap(doc.contents, lc);
  if (depth > READER_LIMITS.maxDepth) return tooDeep(fail);
  for (const at of aliases)
    findings.push({
      ruleId: 'yaml.alias',
      severity: 'error',
      message: 'YAML aliases (`*name`) are not allowed.',
      hint: 'Write the value out in full; anchors and aliases hide content from reviewers.',
      file,
      ...lineCol(at),
    });
  for (const t of tags)
    findings.push({
      ruleId: 'yaml.tag',
      severity: 'error',
      message: `The tag \`${t.tag}\` is not allowed.`,
      hint: 'Remove the tag: Meshplane reads plain YAML 1.2 (strings, numbers, booleans, null, lists and mappings).',
      file,
      ...lineCol(t.at),
    });
  if (findings.length > 0) return { findings };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 0 });
  } catch (e) {
    return fail('yaml.syntax', `The YAML could not be read: ${e instanceof Error ? e.message : String(e)}.`, 'Check the file in an editor with YAML support.');
  }
  return { document: { file, value, locate: (pointer, part = 'value') => locate(positions, pointer, part) }, findings: [] };
}

function locate(positions: Map<string, PointerPosition>, pointer: string, part: 'key' | 'value'): Position {
  const segments = parsePointer(pointer);
  for (let n = segments.length; n >= 0; n--) {
    const hit = positions.get(formatPointer(segments.slice(0, n)));
    if (hit) return part === 'key' && hit.key ? hit.key : n < segments.length && hit.key ? hit.key : hit.value;
  }
  return { line: 1, column: 1 };
}

function yamlErrorFinding(file: string, e: YAMLError): Finding {
  const at = e.linePos?.[0] ?? { line: 1, col: 1 };
  const first = e.message.split('\n')[0] ?? e.message;
  const duplicate = e.code === 'DUPLICATE_KEY';
  return {
    ruleId: duplicate ? 'yaml.duplicate-key' : 'yaml.syntax',
    severity: 'error',
    message: duplicate ? `${first.replace(/ at line \d+, column \d+:?$/, '')}.` : `YAML syntax error: ${first.replace(/ at line \d+, column \d+:?$/, '')}.`,
    hint: duplicate
      ? 'Keep one copy of the key: YAML tools disagree on which one wins.'
      : 'Fix the YAML at this line (indentation, a missing colon, or an unclosed quote or bracket).',
    file,
    line: at.line,
    column: at.col,
  };
}

/** The finding for a file over {@link READER_LIMITS}.maxBytes. */
export function tooLargeFinding(file: string, size: number): Finding {
  return {
    ruleId: 'yaml.too-large',
    severity: 'error',
    message: `The file is ${formatBytes(size)}, over the ${formatBytes(READER_LIMITS.maxBytes)} limit for a Meshplane file.`,
    hint: 'Split it up: one product per file; move long documentation to README.md beside the manifest.',
    file,
    line: 1,
    column: 1,
  };
}

function tooDeep(fail: (r: string, m: string, h: string) => ReadResult): ReadResult {
  return fail(
    'yaml.too-deep',
    `The file nests lists or mappings more than ${READER_LIMITS.maxDepth} levels deep.`,
    'A manifest needs fewer than ten levels; flatten the structure.',
  );
}

const lineCol = (p: Position): { line: number; column: number } => ({ line: p.line, column: p.column });

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}
