import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findOpa, installOpa, opaCacheDir, readOpaPin, readOpaVersionOf } from '@meshplane/policy';
import { REPO_ROOT } from '@meshplane/testkit';

const PINNED = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { meshplane: { opaVersion: string } }).meshplane.opaVersion;
let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('finding and building the OPA CLI', () => {
  it('reads the pin from the root package.json, and finds an opa that runs', () => {
    expect(readOpaPin()).toEqual({ home: REPO_ROOT, version: PINNED });
    expect(readOpaVersionOf(findOpa().path)).toBe(findOpa().version);
    expect(readOpaVersionOf(join(REPO_ROOT, 'package.json'))).toBeUndefined();
  });

  it('keeps the built CLI in a per-version cache folder, under XDG_CACHE_HOME when set', () => {
    expect(opaCacheDir('1.2.3', { XDG_CACHE_HOME: '/c' })).toBe('/c/meshplane/opa-1.2.3');
    expect(opaCacheDir('1.2.3', { HOME: '/h' })).toMatch(/\/\.cache\/meshplane\/opa-1\.2\.3$/);
  });

  it(
    'builds the pinned version with go install into the folder asked for',
    () => {
      dir = mkdtempSync(join(tmpdir(), 'meshplane-opa-'));
      const path = installOpa(PINNED, join(dir, 'opa-cache'));
      expect(path).toBe(join(dir, 'opa-cache', 'opa'));
      expect(readOpaVersionOf(path)).toBe(PINNED);
    },
    10 * 60_000,
  );

  it('says Go is needed when it is not on the PATH', () => {
    dir = mkdtempSync(join(tmpdir(), 'meshplane-opa-'));
    expect(() => installOpa(PINNED, join(dir as string, 'bin'), { ...process.env, PATH: '/nonexistent' })).toThrow(/needs Go \(1\.24 or newer\) on the PATH/);
  });
});
