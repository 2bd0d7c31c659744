/**
 * Writes policies/capabilities.json: the built-ins policies may use (wasm-native or implemented by the opa-wasm JS
 * runtime, minus network, clock and randomness). Run after changing the pinned OPA version; a test fails when stale.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCapabilities } from '../packages/policy/src/generate-capabilities.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(join(root, 'policies/capabilities.json'), await generateCapabilities());
console.log('Wrote policies/capabilities.json');
