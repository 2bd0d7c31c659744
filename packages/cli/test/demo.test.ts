import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runMesh } from '@meshplane/testkit';

const TODAY = '2026-11-22';
const dirs: string[] = [];
const newDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'meshplane-demo-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Every file under `dir` with a hash of its content, sorted by path. */
function fingerprint(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(`${relative(dir, p)} ${createHash('sha256').update(readFileSync(p)).digest('hex')}`);
    }
  };
  walk(dir);
  return out.sort();
}

describe('mesh demo generate', () => {
  it('writes a repository that mesh check passes with its policies, and 30 days of observations', () => {
    const out = join(newDir(), 'demo');
    const r = runMesh(['demo', 'generate', '--products', '150', '--seed', '2', '--out', out, '--today', TODAY]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.replaceAll(out, '<out>')).toMatchInlineSnapshot(`
      "Wrote a synthetic mesh to <out>: 150 products in 4 domains, 6 teams, the policies and .github/meshplane.yml.
      Wrote 16020 SLO observations in 30 files under observations/ (one JSON object per line).
      Check it with: mesh check <out>
      "
    `);
    const check = runMesh(['check', out, '--today', TODAY, '--format', 'json'], { timeoutMs: 120_000 });
    expect(JSON.parse(check.stdout)).toMatchObject({ counts: { error: 0, warning: 0 }, stats: { products: 150 } });
    expect(check.status).toBe(0);
    const files = readdirSync(join(out, 'observations')).sort();
    expect(files).toHaveLength(30);
    expect([files[0], files[29]]).toEqual(['2026-10-23.jsonl', '2026-11-21.jsonl']);
    const lines = readFileSync(join(out, 'observations', files[0] as string), 'utf8')
      .trimEnd()
      .split('\n');
    for (const line of lines) {
      const o = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(o)).toEqual(['observationId', 'productId', 'port', 'slo', 'observedAt', 'value', 'unit']);
      expect(o.observedAt).toMatch(/^2026-10-23T\d\d:\d\d:00\.000Z$/);
      expect(typeof o.value).toBe('number');
    }
    expect(new Set(lines.map((l) => (JSON.parse(l) as { observationId: string }).observationId)).size).toBe(lines.length);
  }, 180_000);

  it('writes the same bytes for the same seed and day', () => {
    const [a, b] = [join(newDir(), 'a'), join(newDir(), 'b')];
    for (const out of [a, b]) expect(runMesh(['demo', 'generate', '--products', '60', '--seed', '7', '--out', out, '--today', TODAY]).status).toBe(0);
    expect(fingerprint(a)).toEqual(fingerprint(b));
  });

  it.each([
    [['--products', '0'], '--products takes a whole number from 1 to 100000, not `0`.'],
    [['--products', '10', '--seed=1.5'], '--seed takes a whole number from 0 to 4294967295, not `1.5`.'],
    [[], 'Say how many products with --products N: mesh demo generate --products 1000 --seed 1.'],
  ])('refuses %j with a usage error', (flags, message) => {
    const r = runMesh(['demo', 'generate', ...flags, '--out', join(newDir(), 'x')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`mesh: ${message}\n`);
  });

  it('refuses to write into a folder that is not empty', () => {
    const out = newDir();
    expect(runMesh(['demo', 'generate', '--products', '5', '--out', out]).status).toBe(0);
    const again = runMesh(['demo', 'generate', '--products', '5', '--out', out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(`mesh: ${out} is not empty; name a new folder with --out.\n`);
  });
});
