import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@meshplane/testkit';

interface LockPackage {
  version?: string;
  engines?: { node?: string } | string[];
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(REPO_ROOT, file), 'utf8')) as T;
const promised = readJson<{ engines: { node: string } }>('package.json').engines.node;

/** The oldest Node version of each line the engines range admits: `^20.19.0 || ^22.13.0 || >=24` → 20.19.0, 22.13.0, 24.0.0. */
function listOldestSupported(range: string): string[] {
  return new semver.Range(range).set.map((comparators) => semver.minVersion(comparators.map((c) => c.value).join(' '))?.version ?? '');
}

/** The locked packages whose `engines.node` rejects `version`, as npm's EBADENGINE check judges them. */
function findUnsupportedOn(version: string, lockfile = 'package-lock.json'): string[] {
  const lock = readJson<{ packages: Record<string, LockPackage> }>(lockfile);
  return Object.entries(lock.packages)
    .filter(([, p]) => !Array.isArray(p.engines) && p.engines?.node !== undefined)
    .filter(([, p]) => !semver.satisfies(version, (p.engines as { node: string }).node, { includePrerelease: true }))
    .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')}@${p.version} wants node ${(p.engines as { node: string }).node}`);
}

describe('the Node versions Meshplane promises', () => {
  it('are the ones the README names', () => {
    expect(listOldestSupported(promised)).toEqual(['20.19.0', '22.13.0', '24.0.0']);
    expect(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')).toContain('Node.js 20.19 or newer (on Node 22, 22.13 or newer)');
  });

  it.each(listOldestSupported(promised))('are supported by every locked package on Node %s (no EBADENGINE)', (version) => {
    expect(findUnsupportedOn(version)).toEqual([]);
  });

  // The actions install these (actions/install-runtime.sh); the node-version input defaults to 20.
  const actionLocks = readdirSync(join(REPO_ROOT, 'actions'))
    .map((name) => `actions/${name}/package-lock.json`)
    .filter((file) => existsSync(join(REPO_ROOT, file)));
  it.each(listOldestSupported(promised).flatMap((version) => actionLocks.map((lock) => [lock, version])))(
    'are supported by every package of %s on Node %s',
    (lock, version) => {
      expect(findUnsupportedOn(version as string, lock as string)).toEqual([]);
    },
  );

  it('include the lockfile of every action that installs packages', () => {
    expect(actionLocks).toEqual(['actions/provision/package-lock.json', 'actions/publish-site/package-lock.json', 'actions/slo-monitor/package-lock.json']);
  });
});
