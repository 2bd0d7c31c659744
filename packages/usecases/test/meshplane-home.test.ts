import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { findMeshplaneHome, MESHPLANE_HOME, TOOL_VERSION } from '@meshplane/usecases';
import { REPO_ROOT } from '@meshplane/testkit';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** A folder laid out like the installed package: node_modules/meshplane/{schemas,policies/global,dist}. */
function makeInstalledPackage(): string {
  dir = mkdtempSync(join(tmpdir(), 'meshplane-home-'));
  const pkg = join(dir, 'node_modules', 'meshplane');
  mkdirSync(join(pkg, 'schemas'), { recursive: true });
  mkdirSync(join(pkg, 'policies', 'global'), { recursive: true });
  mkdirSync(join(pkg, 'dist'));
  writeFileSync(join(pkg, 'schemas', 'data-product.schema.json'), '{}');
  return pkg;
}

describe('findMeshplaneHome', () => {
  it('is the repository root when running from the workspace packages, and the version is the root package.json one', () => {
    expect(MESHPLANE_HOME).toBe(REPO_ROOT);
    expect(findMeshplaneHome(new URL('../src/site/', import.meta.url))).toBe(REPO_ROOT);
    expect(TOOL_VERSION).toBe((JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('is the package folder when running from the bundle inside node_modules', () => {
    const pkg = makeInstalledPackage();
    expect(findMeshplaneHome(pathToFileURL(join(pkg, 'dist', 'mesh.js')))).toBe(pkg);
    expect(findMeshplaneHome(join(pkg, 'dist'))).toBe(pkg);
  });

  it('needs both the schemas and the global policies, and says so when there is no installation', () => {
    const pkg = makeInstalledPackage();
    rmSync(join(pkg, 'policies'), { recursive: true });
    expect(() => findMeshplaneHome(join(pkg, 'dist'))).toThrow(/No Meshplane installation \(schemas\/ and policies\/global\/\) at or above/);
  });
});
