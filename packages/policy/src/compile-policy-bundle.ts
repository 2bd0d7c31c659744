import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PolicyRule } from '@meshplane/core';
import { parseOpaErrors } from './parse-opa-errors.js';
import { PolicyError } from './policy-error.js';
import { findOpa } from './find-opa.js';
import { runOpa } from './run-opa.js';
import { readRuleCatalog } from './read-rule-catalog.js';
import { readBundleWasm } from './read-bundle-wasm.js';
import { ENTRY_FORMAT, ENTRYPOINTS, renderEntrypoints } from './render-entrypoints.js';
import { analyzeMeshReads, type BundleMeshReads } from './analyze-mesh-reads.js';

/** A policy bundle compiled to WebAssembly, with its rules. */
export interface CompiledBundle {
  wasm: Uint8Array;
  /** `sha256:` of the wasm module: which rules judged a check. */
  digest: string;
  rules: PolicyRule[];
  /** What its rules may read of `data.mesh`, per entry point: what remembered results are keyed by. */
  meshReads: BundleMeshReads;
  /** Whether the bundle came from the cache. */
  cached: boolean;
}

export interface CompileOptions {
  /** Where compiled bundles are kept, keyed by content hash. Default: `.meshplane/cache/policy` under the cwd. */
  cacheDir?: string;
}

/**
 * Compiles policy files (repository path → Rego text; `*_test.rego` and non-Rego files are ignored) to one wasm
 * bundle with the real `opa build -t wasm`, limited by `policies/capabilities.json` to built-ins that run in
 * WebAssembly. Cached by a hash of the files, the capabilities and the OPA version, so a second check with the same
 * policies compiles nothing. A bundle that does not compile throws a {@link PolicyError} with a finding per error.
 */
export function compilePolicyBundle(files: ReadonlyMap<string, string>, options: CompileOptions = {}): CompiledBundle {
  const rego = [...files].filter(([p]) => p.endsWith('.rego') && !p.endsWith('_test.rego') && p.startsWith('policies/')).sort(([a], [b]) => a.localeCompare(b));
  const capabilities = files.get('policies/capabilities.json');
  if (rego.length === 0) throw new PolicyError('No policies found under policies/: nothing can judge the catalog.', 'bad-bundle');
  if (!capabilities)
    throw new PolicyError('policies/capabilities.json is missing: the bundle must be limited to built-ins that run in WebAssembly.', 'bad-bundle');
  const opa = findOpa();
  const hash = hashSources(rego, capabilities, opa.version);
  const cacheDir = join(options.cacheDir ?? join(process.cwd(), '.meshplane/cache/policy'), hash);
  const cached = readCachedBundle(cacheDir);
  if (cached) return cached;
  const work = mkdtempSync(join(tmpdir(), 'meshplane-policy-'));
  try {
    for (const [path, text] of rego) {
      mkdirSync(dirname(join(work, path)), { recursive: true });
      writeFileSync(join(work, path), text);
    }
    writeFileSync(join(work, 'capabilities.json'), capabilities);
    const rules = readRuleCatalog(work);
    mkdirSync(join(work, 'policies/.meshplane'), { recursive: true });
    const entry = renderEntrypoints(rules);
    writeFileSync(join(work, 'policies/.meshplane/entry.rego'), entry);
    const args = ['build', '-t', 'wasm', ...ENTRYPOINTS.flatMap((e) => ['-e', e]), '--capabilities', 'capabilities.json', '-o', 'bundle.tar.gz', 'policies'];
    const r = runOpa(args, { cwd: work });
    if (r.status !== 0)
      throw new PolicyError(`The policies do not compile:\n${(r.stderr + r.stdout).trim()}`, 'compile-failed', parseOpaErrors(r.stderr + r.stdout));
    const wasm = readBundleWasm(join(work, 'bundle.tar.gz'));
    const meshReads = analyzeMeshReads(work, [...rego, ['policies/.meshplane/entry.rego', entry]]);
    mkdirSync(dirname(cacheDir), { recursive: true });
    const staging = `${cacheDir}.${process.pid}.tmp`;
    mkdirSync(staging, { recursive: true });
    writeFileSync(join(staging, 'policy.wasm'), wasm);
    writeFileSync(join(staging, 'rules.json'), JSON.stringify(rules));
    writeFileSync(join(staging, 'reads.json'), JSON.stringify(meshReads));
    // Another process may have kept the same bundle meanwhile; one that is incomplete or unreadable is replaced.
    if (existsSync(cacheDir) && !readCachedBundle(cacheDir)) rmSync(cacheDir, { recursive: true, force: true });
    if (!existsSync(cacheDir)) renameSync(staging, cacheDir);
    else rmSync(staging, { recursive: true, force: true });
    return { wasm, digest: digestOf(wasm), rules, meshReads, cached: false };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The bundle kept in `cacheDir`, or undefined when any of its files is missing or unreadable (it is compiled again). */
function readCachedBundle(cacheDir: string): CompiledBundle | undefined {
  try {
    const wasm = readFileSync(join(cacheDir, 'policy.wasm'));
    const rules = JSON.parse(readFileSync(join(cacheDir, 'rules.json'), 'utf8')) as PolicyRule[];
    const meshReads = JSON.parse(readFileSync(join(cacheDir, 'reads.json'), 'utf8')) as BundleMeshReads;
    return { wasm, digest: digestOf(wasm), rules, meshReads, cached: true };
  } catch {
    return undefined;
  }
}

function hashSources(rego: [string, string][], capabilities: string, opaVersion: string): string {
  const h = createHash('sha256').update(`opa ${opaVersion}\0${ENTRY_FORMAT}\0`).update(capabilities).update('\0');
  for (const [p, t] of rego) h.update(p).update('\0').update(t).update('\0');
  return h.digest('hex').slice(0, 32);
}

function digestOf(wasm: Uint8Array): string {
  return `sha256:${createHash('sha256').update(wasm).digest('hex')}`;
}
