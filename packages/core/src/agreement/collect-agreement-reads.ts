import type { CatalogIndex, ProductNode } from '../catalog/catalog-index.js';
import { resolveSharedColumns } from './list-port-columns.js';
import { isAgreementActive } from './read-agreement-node.js';

/** What one team may read of one port: all of it, or only some columns (the union of its agreements' columns). */
export type PortRead = { whole: true } | { whole: false; columns: Set<string>; agreements: string[] };

/**
 * Who reads what, by the agreements in force on `today` (from their start through their end day), keyed
 * `<product>/<port>` then team: a port shared whole to a team by any agreement is read whole; otherwise the team reads
 * the union of the columns its agreements share. Agreements naming a missing product, port or team grant nothing.
 *
 * @example collectAgreementReads(index, '2026-11-22').get('podcast.podcast-listeners/daily-listeners')?.get('growth-analytics')
 */
export function collectAgreementReads(index: CatalogIndex, today: string): Map<string, Map<string, PortRead>> {
  const products = new Map<string, ProductNode>();
  for (const p of index.products) if (p.valid && !products.has(p.id)) products.set(p.id, p);
  const teams = new Set(index.teams.filter((t) => t.valid).map((t) => t.name));
  const reads = new Map<string, Map<string, PortRead>>();
  for (const a of index.agreements) {
    const provider = a.provider ? products.get(a.provider) : undefined;
    if (!a.valid || !provider || !a.team || !teams.has(a.team) || a.team === provider.owner || !isAgreementActive(a, today)) continue;
    for (const shared of a.ports) {
      if (!provider.outputs.some((o) => o.name === shared.name)) continue;
      const key = `${provider.id}/${shared.name}`;
      const byTeam = reads.get(key) ?? new Map<string, PortRead>();
      reads.set(key, byTeam);
      const columns = resolveSharedColumns(provider, shared);
      const before = byTeam.get(a.team);
      if (columns === undefined || before?.whole) byTeam.set(a.team, { whole: true });
      else if (before) {
        for (const c of columns) before.columns.add(c);
        before.agreements.push(a.name);
      } else byTeam.set(a.team, { whole: false, columns: new Set(columns), agreements: [a.name] });
    }
  }
  return reads;
}
