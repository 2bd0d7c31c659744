import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from './repo-root.js';

/** A throwaway repository folder; `remove()` deletes it. */
export interface TempRepo {
  dir: string;
  write(path: string, content: string | Uint8Array): void;
  remove(): void;
}

/** Creates an empty temporary repository, optionally with files (path → content). */
export function makeTempRepo(files: Record<string, string | Uint8Array> = {}): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'meshplane-'));
  const write = (path: string, content: string | Uint8Array): void => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  for (const [p, c] of Object.entries(files)) write(p, c);
  return { dir, write, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A temporary copy of the example mesh (`catalog/`, and `policies/waivers/` when present). */
export function copyExampleMesh(): TempRepo {
  const repo = makeTempRepo();
  cpSync(join(REPO_ROOT, 'catalog'), join(repo.dir, 'catalog'), { recursive: true });
  try {
    cpSync(join(REPO_ROOT, 'policies/waivers'), join(repo.dir, 'policies/waivers'), { recursive: true });
  } catch {
    // no waivers yet
  }
  return repo;
}
