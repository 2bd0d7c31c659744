import type { CatalogIndex, NamedEntry } from '../catalog/catalog-index.js';

/** A Team file's GitHub handle (`spec.github`), when it has one. */
export function readTeamHandle(team: NamedEntry | undefined): string | undefined {
  const spec = team?.data.spec as { github?: unknown } | undefined;
  return typeof spec?.github === 'string' ? spec.github : undefined;
}

/** A Domain file's owner team (`spec.owner`), when it names one. */
export function readDomainOwner(domain: NamedEntry | undefined): string | undefined {
  const spec = domain?.data.spec as { owner?: unknown } | undefined;
  return typeof spec?.owner === 'string' ? spec.owner : undefined;
}

/** Every team's GitHub handle by team name (the handles a comment may mention, CODEOWNERS may name). */
export function mapTeamHandles(index: CatalogIndex): Map<string, string> {
  return new Map(
    index.teams.flatMap((t): Array<[string, string]> => {
      const handle = readTeamHandle(t);
      return handle ? [[t.name, handle]] : [];
    }),
  );
}
