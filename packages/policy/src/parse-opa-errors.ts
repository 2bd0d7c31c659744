import type { Finding } from '@meshplane/core';

/** `policies/global/x.rego:12: rego_type_error: undefined function http.send` → a finding on that line. */
export function parseOpaErrors(stderr: string): Finding[] {
  const out: Finding[] = [];
  for (const m of stderr.matchAll(/(policies\/[^:\s]+\.rego):(\d+): (rego_[a-z_]+): (.+)$/gm)) {
    const [, file, line, kind, text] = m as unknown as [string, string, string, string, string];
    const builtin = /undefined function (\S+)/.exec(text)?.[1];
    out.push({
      ruleId: 'policy.compile-error',
      severity: 'error',
      message: `The policy does not compile (${kind}): ${text}`,
      hint: builtin
        ? `\`${builtin}\` is not available: policies may only use built-ins that run in WebAssembly (policies/capabilities.json).`
        : 'Fix the Rego at this line; `opa check policies` shows the same error.',
      file,
      line: Number(line),
    });
  }
  return out;
}
