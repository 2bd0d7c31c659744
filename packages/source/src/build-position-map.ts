import { isAlias, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { Position } from '@meshplane/core';
import { formatPointer } from '@meshplane/core';

/** Where the key and the value at one JSON pointer start. */
export interface PointerPosition {
  key?: Position;
  value: Position;
}

/**
 * Walks the YAML syntax tree once and records, for every JSON pointer, where its key and value start (1-based lines
 * and columns). Iterative, so depth is bounded by the heap, not the stack. Also returns the tree's depth and the
 * positions of aliases and of tags outside the YAML 1.2 core schema, which the reader refuses.
 *
 * Without `withPositions` (the hot path: a check needs a line only for a finding) it checks the same things in the
 * same walk but records no pointer: no path is built and a line is worked out only for what it refuses.
 */
export function buildPositionMap(
  root: Node | null,
  lc: LineCounter,
  withPositions = true,
): {
  positions: Map<string, PointerPosition>;
  depth: number;
  aliases: Position[];
  tags: { tag: string; at: Position }[];
  duplicates: { key: string; at: Position }[];
} {
  const positions = new Map<string, PointerPosition>();
  const aliases: Position[] = [];
  const duplicates: { key: string; at: Position }[] = [];
  const tags: { tag: string; at: Position }[] = [];
  // Offsets, not positions, until one is needed: `undefined` is the file's start.
  const pos = (offset: number | undefined): Position => {
    const p = lc.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  let depth = 0;
  const stack: Entry[] = [{ node: root, path: [], depth: 0 }];
  while (stack.length > 0) {
    const { node, path, depth: level, keyed, keyAt } = stack.pop() as Entry;
    if (level > depth) depth = level;
    const n = node as Node | null;
    const valueAt = n?.range ? n.range[0] : keyAt;
    if (withPositions) positions.set(formatPointer(path), keyed ? { key: pos(keyAt), value: pos(valueAt) } : { value: pos(valueAt) });
    if (!n) continue;
    if (isAlias(n)) aliases.push(pos(valueAt));
    if (n.tag && !CORE_TAGS.has(n.tag)) tags.push({ tag: n.tag, at: pos(valueAt) });
    if (isMap(n)) {
      // Duplicate keys are found here in one pass (the parser's own check compares every pair of keys), and keys
      // that read the same as JSON (`1` and "1") count as duplicates, since they would overwrite each other.
      const seen = new Set<string>();
      for (const item of n.items) {
        if (!isPair(item)) continue;
        const k = item.key as Node | null;
        const name = isScalar(k) ? String(k.value) : String(k);
        const at = k?.range ? k.range[0] : valueAt;
        if (seen.has(name)) duplicates.push({ key: name, at: pos(at) });
        seen.add(name);
        stack.push({ node: item.value, path: withPositions ? [...path, name] : path, depth: level + 1, keyed: true, keyAt: at });
      }
    } else if (isSeq(n)) {
      n.items.forEach((item, i) => stack.push({ node: item, path: withPositions ? [...path, i] : path, depth: level + 1 }));
    }
  }
  return { positions, depth, aliases, tags, duplicates };
}

/** A node still to visit: its pointer (only when positions are recorded), depth, and where its key starts, if keyed. */
interface Entry {
  node: unknown;
  path: (string | number)[];
  depth: number;
  keyed?: true;
  keyAt?: number;
}

const CORE_TAGS = new Set([
  'tag:yaml.org,2002:str',
  'tag:yaml.org,2002:int',
  'tag:yaml.org,2002:float',
  'tag:yaml.org,2002:bool',
  'tag:yaml.org,2002:null',
  'tag:yaml.org,2002:map',
  'tag:yaml.org,2002:seq',
  '!',
]);
