import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyExampleMesh, REPO_ROOT, type MeshRun } from '@meshplane/testkit';

/** The `npx mesh …` lines of the README's shell blocks. */
function readmeExamples(): string[][] {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] as string);
  return blocks
    .flatMap((b) => b.split('\n'))
    .filter((l) => l.startsWith('npx mesh '))
    .map((l) => [...l.slice('npx mesh '.length).matchAll(/"([^"]*)"|(\S+)/g)].map((m) => (m[1] ?? m[2]) as string));
}

/**
 * Runs `npx mesh …` in `cwd` as a newcomer types it: npx finds the `mesh` bin that `npm install` linked into
 * node_modules/.bin. `npm_config_yes=false` makes a missing link fail here instead of fetching some other package
 * called `mesh` from the registry.
 */
function runNpxMesh(args: readonly string[], cwd: string): MeshRun {
  const r = spawnSync('npx', ['mesh', ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', npm_config_yes: 'false', npm_config_update_notifier: 'false' },
  });
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('README examples', () => {
  const repo = copyExampleMesh({ policies: true });
  // The copy sees this checkout's node_modules, as a clone's own commands do: its .bin/mesh is the link npm made.
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(repo.dir, 'node_modules'));
  afterAll(() => repo.remove());
  const examples = readmeExamples();

  it('has examples to run', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((args) => [args.join(' '), args]))('npx mesh %s exits 0', (_line, args) => {
    const r = runNpxMesh(args as string[], repo.dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('shows the typo finding exactly as mesh prints it', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const shown = /```text\n(.*)\n/.exec(readme)?.[1] as string;
    const file = 'catalog/podcast/podcast-listeners/product.yaml';
    const text = readFileSync(join(repo.dir, file), 'utf8');
    repo.write(file, text.replace(/^(\s+)productOwner:/m, '$1prodctOwner:'));
    try {
      const r = runNpxMesh(['check'], repo.dir);
      expect(r.stdout.split('\n')).toContain(shown);
    } finally {
      repo.write(file, text);
    }
  });
});
