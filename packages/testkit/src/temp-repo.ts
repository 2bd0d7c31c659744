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

/** A temporary repository holding a copy of the catalog and policies of the mesh at `dir` (a generated one, say). */
export function copyMeshFolder(dir: string): TempRepo {
  return copyInto(makeTempRepo(), dir, ['catalog', 'policies', '.github/meshplane.yml']);
}

/**
 * A temporary copy of the example mesh: `catalog/` and `.github/meshplane.yml`, plus the whole `policies/` folder
 * (Rego, capabilities, waivers) when `policies` is true, or only `policies/waivers/` otherwise.
 */
export function copyExampleMesh(options: { policies?: boolean } = {}): TempRepo {
  return copyInto(makeTempRepo(), REPO_ROOT, ['catalog', '.github/meshplane.yml', options.policies ? 'policies' : 'policies/waivers']);
}

/** Copies each of `paths` (files or folders) that exists under `from` into the repository. */
function copyInto(repo: TempRepo, from: string, paths: readonly string[]): TempRepo {
  for (const p of paths) if (existsSync(join(from, p))) cpSync(join(from, p), join(repo.dir, p), { recursive: true });
  return repo;
}
