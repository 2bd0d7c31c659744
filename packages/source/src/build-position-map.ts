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
 */
export function buildPositionMap(
  root: Node | null,
  lc: LineCounter,
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
  const pos = (offset: number | undefined): Position => {
    const p = lc.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  let depth = 0;
  const stack: { node: unknown; path: (string | number)[]; key?: Position }[] = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node, path, key } = stack.pop() as { node: unknown; path: (string | number)[]; key?: Position };
    if (path.length > depth) depth = path.length;
    const n = node as Node | null;
    const value = n?.range ? pos(n.range[0]) : (key ?? { line: 1, column: 1 });
    positions.set(formatPointer(path), key ? { key, value } : { value });
    if (!n) continue;
    if (isAlias(n)) aliases.push(value);
    if (n.tag && !CORE_TAGS.has(n.tag)) tags.push({ tag: n.tag, at: value });
    if (isMap(n)) {
      // Duplicate keys are found here in one pass (the parser's own check compares every pair of keys), and keys
      // that read the same as JSON (`1` and "1") count as duplicates, since they would overwrite each other.
      const seen = new Set<string>();
      for (const item of n.items) {
        if (!isPair(item)) continue;
        const k = item.key as Node | null;
        const name = isScalar(k) ? String(k.value) : String(k);
        const at = k?.range ? pos(k.range[0]) : value;
        if (seen.has(name)) duplicates.push({ key: name, at });
        seen.add(name);
        stack.push({ node: item.value, path: [...path, name], key: at });
      }
    } else if (isSeq(n)) {
      n.items.forEach((item, i) => stack.push({ node: item, path: [...path, i] }));
    }
  }
  return { positions, depth, aliases, tags, duplicates };
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
