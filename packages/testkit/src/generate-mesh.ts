import { stringify } from 'yaml';
import { generateDemoMesh } from '@meshplane/core';

/** Options of the synthetic mesh generator (see generateDemoMesh in core). */
export interface MeshSpec {
  products: number;
  seed: number;
  /** The day consumer grants are judged on (default: today, UTC). */
  today?: string;
}

/**
 * A synthetic mesh as files (repository path → content), written the way `mesh demo generate` writes them: the
 * catalog only, without policies or config. Deterministic for a spec and a day.
 */
export function generateMesh(spec: MeshSpec): Map<string, string> {
  const today = spec.today ?? new Date().toISOString().slice(0, 10);
  const files = new Map<string, string>();
  for (const f of generateDemoMesh({ products: spec.products, seed: spec.seed, today }).files)
    files.set(f.path, 'text' in f ? f.text : stringify(f.document, { lineWidth: 0 }));
  return files;
}
