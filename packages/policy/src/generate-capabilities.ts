import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runOpa } from './run-opa.js';
import { readBundleWasm } from './read-bundle-wasm.js';

/**
 * Built-ins refused even when WebAssembly could run them: policies judge pure data, deterministically, with no
 * network and no clock (Meshplane passes `input.now`). Deprecated built-ins are refused too.
 */
const REFUSED = [/^http\./, /^net\./, /^opa\.runtime$/, /^rand\./, /^time\.now_ns$/, /^uuid\./, /^providers\./, /^trace$/, /^print$/, /^internal\./];

/** Built-ins the @open-policy-agent/opa-wasm runtime implements in JavaScript (src/builtins of that package). */
const JS_RUNTIME = new Set(['sprintf', 'regex.split', 'json.is_valid', 'yaml.is_valid', 'yaml.marshal', 'yaml.unmarshal']);

interface Builtin {
  name: string;
  decl?: { args?: unknown[] };
  infix?: string;
  relation?: boolean;
  deprecated?: boolean;
}

/**
 * Derives policies/capabilities.json from the installed OPA: every built-in is called once from a probe policy
 * compiled with `opa build -t wasm`; the module's `builtins` export then lists those it needs from the host. A
 * built-in is allowed when it is compiled into the module (wasm-native) or implemented by the JS runtime, and is not
 * refused above. The result is deterministic for an OPA version.
 */
export async function generateCapabilities(): Promise<string> {
  const current = JSON.parse(runOpa(['capabilities', '--current']).stdout) as { builtins: Builtin[] } & Record<string, unknown>;
  const refused = (b: Builtin): boolean => Boolean(b.deprecated) || REFUSED.some((r) => r.test(b.name));
  const candidates = current.builtins.filter((b) => !b.infix && !refused(b));
  const hostNeeded = await probeHostBuiltins(candidates);
  const allowed = current.builtins.filter((b) => b.infix || (!refused(b) && (!hostNeeded.has(b.name) || JS_RUNTIME.has(b.name))));
  return JSON.stringify({ ...current, builtins: allowed.sort((a, b) => a.name.localeCompare(b.name)) }, null, 1) + '\n';
}

async function probeHostBuiltins(builtins: Builtin[]): Promise<Set<string>> {
  const work = mkdtempSync(join(tmpdir(), 'meshplane-caps-'));
  try {
    const lines = builtins.map((b, i) => {
      const args = (b.decl?.args ?? []).map((_, j) => `input.a${j}`).join(', ');
      return `p${i} := x if { x := ${b.name}(${args}) }`;
    });
    writeFileSync(join(work, 'probe.rego'), `package probe\n\n${lines.join('\n')}\n\nprobe_all := [${builtins.map((_, i) => `p${i}`).join(', ')}]\n`);
    const r = runOpa(['build', '-t', 'wasm', '-e', 'probe/probe_all', '-o', 'b.tar.gz', 'probe.rego'], { cwd: work });
    if (r.status !== 0) throw new Error(`the capability probe did not compile:\n${(r.stderr + r.stdout).slice(0, 2000)}`);
    return new Set(await readHostBuiltins(readBundleWasm(join(work, 'b.tar.gz'))));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The part of the WebAssembly global this file uses (the ES lib types do not declare it). */
interface WasmApi {
  Memory: new (d: { initial: number }) => { buffer: ArrayBuffer };
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: unknown } }>;
}

/** Instantiates the module with inert imports and reads its `builtins` export: the names it needs from the host. */
async function readHostBuiltins(wasm: Uint8Array): Promise<string[]> {
  const wa = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
  const memory = new wa.Memory({ initial: 16 });
  const noop = (): number => 0;
  const env = {
    memory,
    opa_abort: noop,
    opa_println: noop,
    opa_builtin0: noop,
    opa_builtin1: noop,
    opa_builtin2: noop,
    opa_builtin3: noop,
    opa_builtin4: noop,
  };
  const { instance } = await wa.instantiate(wasm, { env });
  const exports = instance.exports as { builtins: () => number; opa_json_dump: (addr: number) => number };
  const at = exports.opa_json_dump(exports.builtins());
  const bytes = new Uint8Array(memory.buffer);
  let end = at;
  while (bytes[end] !== 0) end++;
  return Object.keys(JSON.parse(new TextDecoder().decode(bytes.subarray(at, end))) as object);
}
