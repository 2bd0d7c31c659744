import { Composer, LineCounter, Parser, type Document, type YAMLError } from 'yaml';
import type { Finding, Position, SourceDocument } from '@meshplane/core';
import { parsePointer, formatPointer } from '@meshplane/core';
import { buildPositionMap, type PointerPosition } from './build-position-map.js';
import { measureFlowDepth } from './measure-flow-depth.js';
import { READER_LIMITS } from './reader-limits.js';
import { readYamlQuickly } from './read-yaml-quickly.js';

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
 *
 * With `{ positions: false }` it refuses exactly the same files with the same findings and reads the same data, but
 * records no source positions: the document parses its file again the first time a line is asked for. Most files are
 * then read by js-yaml, about three times as fast, where its reading is sure to be the same (see
 * {@link readYamlQuickly}).
 */
export function readYamlDocument(file: string, input: string | Uint8Array, options: ReadOptions = {}): ReadResult {
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
  const withPositions = options.positions ?? true;
  // Read again, with positions, the first time a line is asked for (a finding): the same text gives the same tree.
  let located: SourceDocument['locate'] | undefined;
  const locateLater: SourceDocument['locate'] = (pointer, part) => {
    located ??= readYamlDocument(file, input).document?.locate ?? (() => ({ line: 1, column: 1 }));
    return located(pointer, part);
  };
  if (!withPositions) {
    const quick = readYamlQuickly(text);
    if (quick) return { document: { file, value: quick, locate: locateLater }, findings: [] };
  }
  const lc = new LineCounter();
  let docs: Document.Parsed[];
  let truncated = false;
  try {
    // What parseAllDocuments does, with the token stream cut after too many syntax errors: a megabyte of `]` is a
    // million errors otherwise. prettyErrors would quote context for every error (quadratic); lines come from pos.
    const tokens = stopAfterErrors(new Parser(lc.addNewLine).parse(text), MAX_FINDINGS_PER_FILE, () => (truncated = true));
    const composer = new Composer({ schema: 'core', uniqueKeys: false, merge: false, prettyErrors: false });
    docs = [...composer.compose(tokens)] as Document.Parsed[];
  } catch (e) {
    return fail('yaml.syntax', `The YAML parser failed: ${e instanceof Error ? e.message : String(e)}.`, 'Check the file in an editor with YAML support.');
  }
  if (truncated) {
    const at = lc.linePos(text.length);
    const parsed = docs
      .flatMap((d) => d.errors)
      .slice(0, MAX_FINDINGS_PER_FILE)
      .map((e) => yamlErrorFinding(file, e, lc));
    return {
      findings: [
        ...parsed,
        {
          ruleId: 'yaml.syntax',
          severity: 'error',
          message: `More than ${MAX_FINDINGS_PER_FILE} YAML syntax errors: this does not look like a YAML file.`,
          hint: 'Check that the file is the manifest you meant to commit.',
          file,
          line: at.line,
          column: 1,
        },
      ],
    };
  }
  if (docs.length === 0 || (docs.length === 1 && docs[0]?.contents === null && docs[0].errors.length === 0)) {
    return fail('yaml.empty', 'The file is empty.', 'Write the manifest, or delete the file.');
  }
  const doc = docs[0] as Document.Parsed;
  const errors = [...doc.errors, ...doc.warnings].filter((w) => w.code !== 'TAG_RESOLVE_FAILED');
  if (errors.some((e) => e.code === 'RESOURCE_EXHAUSTION')) return tooDeep(fail);
  const findings: Finding[] = errors.slice(0, MAX_FINDINGS_PER_FILE).map((e) => yamlErrorFinding(file, e, lc));
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
  const { positions, depth, aliases, tags, duplicates } = buildPositionMap(doc.contents, lc, withPositions);
  if (depth > READER_LIMITS.maxDepth) return tooDeep(fail);
  for (const d of duplicates)
    findings.push({
      ruleId: 'yaml.duplicate-key',
      severity: 'error',
      message: `The key \`${d.key}\` appears twice in one mapping.`,
      hint: 'Keep one copy of the key: YAML tools disagree on which one wins.',
      file,
      ...lineCol(d.at),
    });
  for (const [at, count] of firstPerLine(aliases)) {
    const what = count === 1 ? 'A YAML alias (`*name`)' : `${count} YAML aliases (\`*name\`)`;
    findings.push({
      ruleId: 'yaml.alias',
      severity: 'error',
      message: `${what} on this line: aliases are not allowed.`,
      hint: 'Write the value out in full; anchors and aliases hide content from reviewers.',
      file,
      ...lineCol(at),
    });
  }
  for (const t of tags)
    findings.push({
      ruleId: 'yaml.tag',
      severity: 'error',
      message: `The tag \`${t.tag}\` is not allowed.`,
      hint: 'Remove the tag: Meshplane reads plain YAML 1.2 (strings, numbers, booleans, null, lists and mappings).',
      file,
      ...lineCol(t.at),
    });
  if (findings.length > 0) return { findings: capFindings(file, findings, findings.length + Math.max(0, errors.length - MAX_FINDINGS_PER_FILE)) };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 0 });
  } catch (e) {
    return fail('yaml.syntax', `The YAML could not be read: ${e instanceof Error ? e.message : String(e)}.`, 'Check the file in an editor with YAML support.');
  }
  if (withPositions) return { document: { file, value, locate: (pointer, part = 'value') => locate(positions, pointer, part) }, findings: [] };
  return { document: { file, value, locate: locateLater }, findings: [] };
}

/** How to read: `positions: false` skips recording where each value starts (a line is worked out when asked). */
export interface ReadOptions {
  positions?: boolean;
}

function locate(positions: Map<string, PointerPosition>, pointer: string, part: 'key' | 'value'): Position {
  const segments = parsePointer(pointer);
  for (let n = segments.length; n >= 0; n--) {
    const hit = positions.get(formatPointer(segments.slice(0, n)));
    if (hit) return part === 'key' && hit.key ? hit.key : n < segments.length && hit.key ? hit.key : hit.value;
  }
  return { line: 1, column: 1 };
}

/** Passes parser tokens through until more than `limit` of them are errors, then stops the stream. */
function* stopAfterErrors<T extends { type: string }>(tokens: Iterable<T>, limit: number, onStop: () => void): Generator<T> {
  let errors = 0;
  for (const t of tokens) {
    if (t.type === 'error' && ++errors > limit) {
      onStop();
      return;
    }
    yield t;
  }
}

/** The first position on each line, with how many positions the line has. */
function firstPerLine(positions: readonly Position[]): [Position, number][] {
  const byLine = new Map<number, [Position, number]>();
  for (const p of positions) {
    const hit = byLine.get(p.line);
    if (hit) hit[1]++;
    else byLine.set(p.line, [p, 1]);
  }
  return [...byLine.values()];
}

/** At most this many findings per file: a file of garbage yields one error per character otherwise. */
export const MAX_FINDINGS_PER_FILE = 50;

function yamlErrorFinding(file: string, e: YAMLError, lc: LineCounter): Finding {
  const at = lc.linePos(e.pos[0]);
  const first = (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
  return {
    ruleId: 'yaml.syntax',
    severity: 'error',
    message: `YAML syntax error: ${first}.`,
    hint: 'Fix the YAML at this line (indentation, a missing colon, or an unclosed quote or bracket).',
    file,
    line: at.line,
    column: at.col,
  };
}

/** Keeps the first {@link MAX_FINDINGS_PER_FILE} findings in line order and says how many more there were. */
function capFindings(file: string, findings: Finding[], total: number): Finding[] {
  const sorted = [...findings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  if (total <= MAX_FINDINGS_PER_FILE) return sorted;
  const kept = sorted.slice(0, MAX_FINDINGS_PER_FILE);
  const last = kept[kept.length - 1];
  kept.push({
    ruleId: 'yaml.syntax',
    severity: 'error',
    message: `… and ${total - kept.length} more problems in this file.`,
    hint: 'Fix the first ones: later errors often follow from them.',
    file,
    line: last?.line ?? 1,
    column: 1,
  });
  return kept;
}

/** The finding for a symbolic link: links are never followed (one could point outside the repository). */
export function symlinkFinding(file: string): Finding {
  return {
    ruleId: 'file.symlink',
    severity: 'error',
    message: `${file} is a symbolic link; Meshplane does not follow links.`,
    hint: 'Replace the link with the file itself.',
    file,
    line: 1,
    column: 1,
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
