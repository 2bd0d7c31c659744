import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * A temporary copy of the example mesh: `catalog/` and `.github/meshplane.yml`, plus the whole `policies/` folder
 * (Rego, capabilities, waivers) when `policies` is true, or only `policies/waivers/` otherwise.
 */
/** A temporary repository holding a copy of the catalog and policies of the mesh at `dir` (a generated one, say). */
export function copyMeshFolder(dir: string): TempRepo {
  const repo = makeTempRepo();
  for (const f of ['catalog', 'policies', '.github/meshplane.yml']) if (existsSync(join(dir, f))) cpSync(join(dir, f), join(repo.dir, f), { recursive: true });
  return repo;
}

export function copyExampleMesh(options: { policies?: boolean } = {}): TempRepo {
  const repo = makeTempRepo();
  cpSync(join(REPO_ROOT, 'catalog'), join(repo.dir, 'catalog'), { recursive: true });
  cpSync(join(REPO_ROOT, '.github/meshplane.yml'), join(repo.dir, '.github/meshplane.yml'));
  const from = options.policies ? 'policies' : 'policies/waivers';
  if (existsSync(join(REPO_ROOT, from))) cpSync(join(REPO_ROOT, from), join(repo.dir, from), { recursive: true });
  return repo;
}
