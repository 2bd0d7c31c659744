import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { REPO_ROOT } from '@meshplane/testkit';

/**
 * The dependency rule (eslint.dependency-rule.js, docs/architecture.md) is ESLint's no-restricted-imports: each row is
 * a deliberately wrong import, linted as if it were the file named, and must fail; the allowed imports must pass.
 */
const eslint = new ESLint({ cwd: REPO_ROOT });

async function lintImport(filePath: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${specifier}';\nexport const y = x;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the dependency rule', () => {
  it.each([
    ['packages/core/src/model/x.ts', 'node:fs', 'Core is pure'],
    ['packages/core/src/model/x.ts', '@meshplane/source', 'Core imports no other package'],
    ['packages/github/src/x.ts', '@meshplane/source', 'imports core only'],
    ['packages/platform/src/x.ts', '@meshplane/usecases', 'imports core only'],
    ['packages/source/src/x.ts', '../../policy/src/compile.js', 'not by a path into it'],
    ['packages/usecases/src/check/x.ts', '@meshplane/cli', 'never import an entry point'],
    ['app/src/x.ts', '@meshplane/cli', 'never imports another entry point'],
    ['actions/src/check/x.ts', '@meshplane/cli', 'never imports another entry point'],
    ['actions/src/check/x.ts', '@meshplane/app', 'never imports another entry point'],
    ['packages/cli/src/x.ts', '../../../app/src/index.js', 'not by a path into it'],
    ['site/src/lib/x.ts', '@meshplane/cli', 'never imports another entry point'],
    ['app/src/x.ts', '@meshplane/testkit', 'never imports the testkit'],
    ['packages/usecases/src/x.ts', '../test/helpers.js', 'never imports a test'],
  ])('%s may not import %s', async (file, specifier, why) => {
    const messages = await lintImport(file, specifier);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(why);
  });

  it.each([
    ['packages/core/src/model/x.ts', './y.js'],
    ['packages/github/src/x.ts', '@meshplane/core'],
    ['packages/usecases/src/x.ts', '@meshplane/platform'],
    ['app/src/x.ts', '@meshplane/usecases'],
    ['actions/src/check/x.ts', '@meshplane/github'],
    ['packages/cli/src/commands/x.ts', '../render/render-report.js'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await lintImport(file, specifier)).toEqual([]);
  });
});
