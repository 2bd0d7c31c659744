import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCapabilities } from '@meshplane/policy';
import { REPO_ROOT } from '@meshplane/testkit';

describe('policies/capabilities.json', () => {
  it('is what the installed OPA and the wasm probe give (run `npx tsx scripts/generate-capabilities.ts`)', async () => {
    const committed = readFileSync(join(REPO_ROOT, 'policies/capabilities.json'), 'utf8');
    expect(committed).toBe(await generateCapabilities());
  });

  it('allows what rules need and refuses network, clock and randomness', () => {
    const names = new Set(
      (JSON.parse(readFileSync(join(REPO_ROOT, 'policies/capabilities.json'), 'utf8')) as { builtins: { name: string }[] }).builtins.map((b) => b.name),
    );
    for (const n of ['count', 'sprintf', 'regex.match', 'object.get', 'startswith', 'rego.metadata.rule']) expect(names.has(n), n).toBe(true);
    for (const n of ['http.send', 'net.lookup_ip_addr', 'time.now_ns', 'rand.intn', 'opa.runtime', 'uuid.rfc4122']) expect(names.has(n), n).toBe(false);
  });
});
