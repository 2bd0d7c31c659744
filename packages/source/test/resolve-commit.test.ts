import { relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GitError, resolveCommit } from '@meshplane/source';
import { commitAll, makeTempRepo, type TempRepo } from '@meshplane/testkit';

const repos: TempRepo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.remove()));

describe('resolveCommit', () => {
  it('names the repository by its absolute path when a ref does not exist, however the root was given', () => {
    const repo = makeTempRepo({ 'README.md': '# x\n' });
    repos.push(repo);
    commitAll(repo.dir);
    for (const root of [repo.dir, relative(process.cwd(), repo.dir), '.']) {
      const where = root === '.' ? process.cwd() : repo.dir;
      let error: unknown;
      try {
        resolveCommit(root, 'no-such-ref');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(GitError);
      expect((error as GitError).code).toBe('unknown-ref');
      expect((error as GitError).message).toBe(
        `The git ref \`no-such-ref\` does not exist in the repository at ${where}. Fetch it first (e.g. git fetch origin main).`,
      );
    }
  });
});
