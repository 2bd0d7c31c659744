#!/usr/bin/env node
// The `mesh` bin. npm links bins before it runs the `prepare` script that builds dist/, so a bin pointing into dist/
// is not linked on a fresh clone (`npx mesh` then answers "could not determine executable to run"). This committed
// file always exists and runs the built CLI.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  console.error(`mesh is not built: ${fileURLToPath(main)} is missing. Run \`npm install\` (or \`npm run build\`) in the Meshplane checkout.`);
  process.exit(2);
}
await import(main.href);
