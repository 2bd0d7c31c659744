import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeScratchFolder, removeEndedScratch } from '../src/site/scratch-folders.js';

/** The id of a process that has ended. */
function endedPid(): number {
  const r = spawnSync(process.execPath, ['-e', '']);
  if (!r.pid) throw new Error('could not start node');
  return r.pid;
}

describe('scratch folders of site builds', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names a scratch folder with the process id', () => {
    dir = mkdtempSync(join(tmpdir(), 'scratch-'));
    const made = makeScratchFolder(dir, '.site.build-');
    expect(made.startsWith(join(dir, `.site.build-${process.pid}-`))).toBe(true);
    expect(existsSync(made)).toBe(true);
  });

  it('removes those of ended processes, and leaves those of running ones and anything else', async () => {
    dir = mkdtempSync(join(tmpdir(), 'scratch-'));
    const dead = endedPid();
    const left = join(dir, `.site.build-${dead}-AbC123`);
    mkdirSync(join(left, 'last', 'pagefind'), { recursive: true });
    writeFileSync(join(left, 'last', 'pagefind', 'fragment'), 'x');
    const mine = makeScratchFolder(dir, '.site.build-');
    // The runner's parent: a process that runs, but not this one.
    const running = join(dir, `.site.build-${process.ppid}-XyZ789`);
    mkdirSync(running);
    for (const other of ['.site.build-old', '.other.build-1-a', 'site']) mkdirSync(join(dir, other));
    await removeEndedScratch(dir, '.site.build-');
    expect(readdirSync(dir).sort()).toEqual(['.other.build-1-a', '.site.build-old', mine.slice(dir.length + 1), running.slice(dir.length + 1), 'site'].sort());
  });

  it('does nothing when the folder is missing', async () => {
    dir = join(tmpdir(), `scratch-missing-${process.pid}`);
    await expect(removeEndedScratch(dir, '.site.build-')).resolves.toBeUndefined();
  });
});
