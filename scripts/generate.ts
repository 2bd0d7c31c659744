/**
 * Writes what is generated from schemas/: the TS types and schema module of packages/core, and docs/reference/.
 * `npm run generate` writes them; `npm run generate -- --check` fails when any is stale (a test does the same).
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderGeneratedFiles } from './generate/render-generated-files.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const files = await renderGeneratedFiles(root);
const stale: string[] = [];
for (const [rel, content] of files) {
  const abs = join(root, rel);
  const current = existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
  if (current === content) continue;
  stale.push(rel);
  if (!check) {
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
}
if (check && stale.length > 0) {
  console.error(`Stale generated files (run \`npm run generate\`):\n${stale.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(check ? 'Generated files are up to date.' : `Wrote ${stale.length} of ${files.size} generated files.`);
