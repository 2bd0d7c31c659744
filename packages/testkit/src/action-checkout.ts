import { spawnSync } from 'node:child_process';
import { copyFileSync, lstatSync, mkdirSync, mkdtempSync, readlinkSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from './repo-root.js';

/**
 * A copy of this checkout as GitHub downloads it for `uses: <owner>/meshplane/actions/<name>@<sha>`: the files git
 * tracks, plus the ones not yet committed that git does not ignore (so a test sees the work tree's bundles before
 * they are committed), and nothing else: no node_modules, no build output, no .tools. Returns the copy's folder, in a
 * fresh temporary folder with no node_modules above it.
 */
export function copyActionCheckout(): string {
  const dest = join(mkdtempSync(join(tmpdir(), 'meshplane-actions-')), 'meshplane');
  const r = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`git ls-files failed: ${r.stderr}`);
  for (const file of r.stdout.split('\0').filter(Boolean)) {
    const from = join(REPO_ROOT, file);
    const stat = lstatSync(from, { throwIfNoEntry: false });
    if (!stat) continue; // deleted in the work tree, not yet in the index
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    if (stat.isSymbolicLink()) symlinkSync(readlinkSync(from), join(dest, file));
    else copyFileSync(from, join(dest, file));
  }
  return dest;
}
