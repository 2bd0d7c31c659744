/**
 * The deepest nesting of YAML flow collections (`[` and `{`) in a text, measured without parsing, so that a file of
 * a million brackets is refused before the parser recurses into it (the `yaml` library runs out of stack and then of
 * memory on such input). Quoted strings and comments are skipped; at the top of block context a bracket counts only
 * where a value starts (after `: `, `- `, `? `, a tag or an anchor, or at the start of a line), since plain text may
 * contain brackets.
 * Returns as soon as `limit` is passed.
 */
export function measureFlowDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let quote: '"' | "'" | undefined;
  let valueStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '\n') {
      valueStart = true;
      continue;
    }
    if (ch === ' ' || ch === '\t') continue;
    if (ch === '#' && (i === 0 || /\s/.test(text[i - 1] as string))) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
      continue;
    }
    if ((ch === '!' || ch === '&') && valueStart) {
      // A tag or an anchor before a value: the value still starts after it.
      while (i + 1 < text.length && !/\s/.test(text[i + 1] as string)) i++;
      continue;
    }
    if ((ch === '"' || ch === "'") && (depth > 0 || valueStart)) {
      quote = ch;
      valueStart = false;
      continue;
    }
    if ((ch === '[' || ch === '{') && (depth > 0 || valueStart)) {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return max;
      valueStart = true;
      continue;
    }
    if ((ch === ']' || ch === '}') && depth > 0) depth--;
    valueStart = depth > 0 ? ch === ',' || ch === ':' : (ch === ':' || ch === '-' || ch === '?') && /\s/.test(text[i + 1] ?? ' ');
  }
  return max;
}
