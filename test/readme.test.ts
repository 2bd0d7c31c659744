import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyExampleMesh, REPO_ROOT, runMesh } from '@meshplane/testkit';

/** The `npx mesh …` lines of the README's shell blocks. */
function readmeExamples(): string[][] {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] as string);
  return blocks
    .flatMap((b) => b.split('\n'))
    .filter((l) => l.startsWith('npx mesh '))
    .map((l) => [...l.slice('npx mesh '.length).matchAll(/"([^"]*)"|(\S+)/g)].map((m) => (m[1] ?? m[2]) as string));
}

describe('README examples', () => {
  const repo = copyExampleMesh({ policies: true });
  afterAll(() => repo.remove());
  const examples = readmeExamples();

  it('has examples to run', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((args) => [args.join(' '), args]))('mesh %s exits 0', (_line, args) => {
    const r = runMesh(args as string[], { cwd: repo.dir });
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
      const r = runMesh(['check'], { cwd: repo.dir });
      expect(r.stdout.split('\n')).toContain(shown);
    } finally {
      repo.write(file, text);
    }
  });
});
