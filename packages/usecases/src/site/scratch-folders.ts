import { mkdtempSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A new scratch folder of this process under `parent`: `<prefix><pid>-<random>`. A build removes its own when it ends;
 * the process id in the name lets a later build tell one left behind by a process that was killed.
 */
export function makeScratchFolder(parent: string, prefix: string): string {
  return mkdtempSync(join(parent, `${prefix}${process.pid}-`));
}

/**
 * Removes, beside the caller's own work, the scratch folders under `parent` named `<prefix><pid>-…` whose process has
 * ended: what a build killed before it could clean up left behind. Folders of running processes (another build at the
 * same time) are left alone. Never rejects; a folder that cannot be removed stays.
 */
export async function removeEndedScratch(parent: string, prefix: string): Promise<void> {
  let names: string[];
  try {
    names = readdirSync(parent).filter((name) => name.startsWith(prefix));
  } catch {
    return;
  }
  const ended = names.filter((name) => {
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    return Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && !isRunning(pid);
  });
  await Promise.all(ended.map((name) => rm(join(parent, name), { recursive: true, force: true }).catch(() => undefined)));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
