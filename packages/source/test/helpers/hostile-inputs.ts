import { readFileSync } from 'node:fs';
import { GOOD_PRODUCT } from './fixture-expectations.js';

/** Generators for inputs too big or too repetitive to commit. Each returns the file's text. */

/** The valid model product. */
export function readGoodProduct(): string {
  return readFileSync(GOOD_PRODUCT, 'utf8');
}

/** A valid product padded with a trailing comment to exactly `bytes` bytes (ASCII, so characters are bytes). */
export function padProductTo(bytes: number): string {
  const text = readGoodProduct() + '# ';
  return text + 'x'.repeat(bytes - text.length - 1) + '\n';
}

/** `[[[ … x … ]]]`: flow sequences nested `depth` deep. */
export function nestFlowSequences(depth: number): string {
  return '['.repeat(depth) + 'x' + ']'.repeat(depth) + '\n';
}

/** `{a: {a: … 1 … }}`: flow mappings nested `depth` deep. */
export function nestFlowMappings(depth: number): string {
  return '{a: '.repeat(depth) + '1' + '}'.repeat(depth) + '\n';
}

/** `- - - … x`: block sequences nested `depth` deep on one line (compact notation, 2 bytes a level). */
export function nestBlockSequences(depth: number): string {
  return '- '.repeat(depth) + 'x\n';
}

/** `a:` / ` a:` / `  a:` …: block mappings nested `depth` deep, one space of indentation per level. */
export function nestBlockMappings(depth: number): string {
  const lines: string[] = [];
  for (let i = 0; i < depth - 1; i++) lines.push(' '.repeat(i) + 'a:');
  lines.push(' '.repeat(depth - 1) + 'a: 1');
  return lines.join('\n') + '\n';
}

/** Flow nesting behind a tag (`spec: !!seq [[[…`): the bracket does not start the value, so a pre-scan may miss it. */
export function nestFlowBehindTag(depth: number): string {
  return 'spec: !!seq ' + nestFlowSequences(depth);
}

/** The billion laughs: `levels` anchors, each a list of nine aliases of the one before (9^levels strings if expanded). */
export function billionLaughs(levels = 9): string {
  const lines = ['apiVersion: meshplane/v1', 'kind: DataProduct', 'lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < levels; i++)
    lines.push(
      `lol${i}: &lol${i} [${Array(9)
        .fill(`*lol${i - 1}`)
        .join(', ')}]`,
    );
  return lines.join('\n') + '\n';
}

/** One anchor and `count` aliases of it, one per line (5 bytes each). */
export function floodAliases(count: number): string {
  return 'a: &a x\nb:\n' + '- *a\n'.repeat(count);
}

/** A product whose `metadata.id` is `id`, written as a double-quoted YAML string (so `\u001b` survives as ESC). */
export function productWithId(id: string): string {
  return readGoodProduct().replace('  id: podcast.podcast-listeners', `  id: ${JSON.stringify(id)}`);
}
