/** Splits a JSON pointer (RFC 6901) into its unescaped segments. `''` is the root. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Builds a JSON pointer from segments, escaping `~` and `/`. */
export function formatPointer(segments: ReadonlyArray<string | number>): string {
  let out = '';
  for (const s of segments) {
    const text = String(s);
    out += '/' + (text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text);
  }
  return out;
}

/** A pointer as people read it: `/spec/outputPorts/0/name` → `spec.outputPorts[0].name`. */
export function describePointer(pointer: string): string {
  const out = parsePointer(pointer)
    .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`))
    .join('')
    .replace(/^\./, '');
  return out === '' ? 'the document' : out;
}

/** Reads the value at a pointer, or undefined. */
export function getAtPointer(value: unknown, pointer: string): unknown {
  let cur: unknown = value;
  for (const seg of parsePointer(pointer)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}
