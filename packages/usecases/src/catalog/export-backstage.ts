import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { buildBackstageEntities, type BackstageEntity } from '@meshplane/core';
import { checkRepository, type Repository } from '../repository/resolve-repository.js';

/**
 * `mesh export backstage [--out FILE]`: the catalog as Backstage entities (Domain, System per product, Resource or API
 * per output port with `dependsOn` lineage, Group per team), as one multi-document `catalog-info.yaml`. Written to
 * `out` when given (whole, or not at all); returned as text either way.
 */
export function exportBackstage(repo: Repository, out?: string): { entities: BackstageEntity[]; text: string; file?: string } {
  const entities = buildBackstageEntities(checkRepository(repo).index);
  const text = `${entities.map((e) => stringify(e, { lineWidth: 0 })).join('---\n')}`;
  if (!out) return { entities, text };
  const file = resolve(out);
  writeFileSync(file, text);
  return { entities, text, file };
}
